import Foundation
import ObservatoireCore

/// Why an input file could not be imported, in French for the analyst.
public struct IngestError: UserFacingError, Equatable {
  public enum Reason: Sendable, Equatable {
    case unreadable(String)
    case empty
    case binary
    case fieldTooLong(limit: Int)
    case unterminatedQuote
    case noHeader
    case duplicateColumn(String)
    case missingColumn(String)
    case invalidMapping(String)
    case unsupportedFormat(String)
    case corruptSpreadsheet(String)
    case sheetNotFound(String, available: [String])
    /// A workbook part larger than this once decompressed (a zip bomb, or simply too big).
    case spreadsheetTooLarge(limit: Int)
    case tooManyCells(limit: Int)
  }

  public var reason: Reason
  public var location: SourceLocation

  public init(_ reason: Reason, at location: SourceLocation) {
    self.reason = reason
    self.location = location
  }

  public var messageFR: String {
    let what: String
    switch reason {
    case .unreadable(let detail): what = "impossible de lire le fichier (\(detail))"
    case .empty: what = "le fichier est vide"
    case .binary:
      what = "le fichier ne ressemble pas à un export texte (octets binaires trouvés)"
    case .fieldTooLong(let limit):
      what = "un champ dépasse la taille maximale de \(limit / 1_000_000) Mo"
    case .unterminatedQuote: what = "un guillemet ouvert n'est jamais refermé"
    case .noHeader: what = "aucune ligne d'en-tête n'a été trouvée"
    case .duplicateColumn(let name): what = "la colonne « \(name) » apparaît deux fois"
    case .missingColumn(let name):
      what = "le fichier de correspondance nomme la colonne « \(name) », absente de l'export"
    case .invalidMapping(let detail): what = "fichier de correspondance invalide : \(detail)"
    case .unsupportedFormat(let ext): what = "format « \(ext) » non pris en charge"
    case .corruptSpreadsheet(let detail): what = "classeur illisible : \(detail)"
    case .sheetNotFound(let name, let available):
      let list = available.map { "« \($0) »" }.joined(separator: ", ")
      what =
        "la feuille « \(name) » n'existe pas dans ce classeur (feuilles disponibles : "
        + (available.isEmpty ? "aucune" : list) + ")"
    case .spreadsheetTooLarge(let limit):
      what =
        "une partie du classeur dépasse \(Self.size(limit)) une fois décompressée "
        + "(fichier trop gros ou archive piégée)"
    case .tooManyCells(let limit):
      what = "le classeur contient plus de \(limit) cellules remplies, la limite acceptée"
    }
    return "Erreur dans \(location) : \(what)."
  }

  static func size(_ bytes: Int) -> String {
    bytes >= 1_000_000 ? "\(bytes / 1_000_000) Mo" : "\(bytes) octets"
  }
}
