import Foundation

/// A level of the inspectorate's grid (annexe 4): from « non intégré » (1) to « expertise » (4).
public enum GridLevel: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case nonIntegre = 1
  case initiation = 2
  case maitrise = 3
  case expertise = 4

  public static func < (a: GridLevel, b: GridLevel) -> Bool { a.rawValue < b.rawValue }

  public var labelFR: String {
    switch self {
    case .nonIntegre: "non intégré"
    case .initiation: "initiation"
    case .maitrise: "maîtrise"
    case .expertise: "expertise"
    }
  }

  /// Reads a level as a form writes it: « 3 », « maîtrise », « Maitrise », « 3 - maîtrise ».
  /// Nil for anything else.
  public init?(parsing raw: String) {
    let folded = FoldedText.fold(raw)
    if let number = Int(folded), let level = GridLevel(rawValue: number) {
      self = level
      return
    }
    let words = folded.split(separator: " ").map(String.init)
    if let first = words.first, let number = Int(first), let level = GridLevel(rawValue: number),
      words.count == 1 || FoldedText.fold(level.labelFR) == words.dropFirst().joined(separator: " ")
    {
      self = level
      return
    }
    guard let level = GridLevel.allCases.first(where: { FoldedText.fold($0.labelFR) == folded }) else {
      return nil
    }
    self = level
  }
}

/// One criterion of the grid, with the reference text of each level.
public struct GridCriterion: Sendable, Hashable, Codable {
  public var code: String
  public var label: String
  /// The descriptor of each level, by level.
  public var descriptors: [GridLevel: String]

  enum CodingKeys: String, CodingKey {
    case code
    case label = "libelle"
    case descriptors = "descripteurs"
  }

  public init(code: String, label: String, descriptors: [GridLevel: String]) {
    self.code = code
    self.label = label
    self.descriptors = descriptors
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    code = try container.decode(String.self, forKey: .code)
    label = try container.decode(String.self, forKey: .label)
    let raw = try container.decode([String: String].self, forKey: .descriptors)
    var descriptors: [GridLevel: String] = [:]
    for (key, text) in raw {
      guard let value = Int(key), let level = GridLevel(rawValue: value) else {
        throw DecodingError.dataCorruptedError(
          forKey: .descriptors, in: container, debugDescription: "niveau « \(key) » inconnu")
      }
      descriptors[level] = text
    }
    guard descriptors.count == GridLevel.allCases.count else {
      throw DecodingError.dataCorruptedError(
        forKey: .descriptors, in: container, debugDescription: "quatre descripteurs attendus pour « \(code) »"
      )
    }
    self.descriptors = descriptors
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .code)
    try container.encode(label, forKey: .label)
    try container.encode(
      Dictionary(uniqueKeysWithValues: descriptors.map { (String($0.key.rawValue), $0.value) }),
      forKey: .descriptors)
  }
}

/// The inspectorate's grid: six criteria, four levels, and their descriptors, read from the one
/// data file `Resources/grille-annexe4.json`.
public struct InspectionGrid: Sendable, Hashable, Codable {
  public var title: String
  public var source: String
  /// What the reader must know about the descriptors (they are a working paraphrase).
  public var notice: String
  public var version: String
  public var criteria: [GridCriterion]

  enum CodingKeys: String, CodingKey {
    case title = "titre"
    case source
    case notice = "avertissement"
    case version
    case criteria = "criteres"
  }

  /// The grid shipped with Observatoire.
  public static func bundled() throws -> InspectionGrid {
    guard
      let url = Bundle.module.url(
        forResource: "grille-annexe4", withExtension: "json", subdirectory: "Resources")
        ?? Bundle.module.url(forResource: "grille-annexe4", withExtension: "json")
    else { throw ObservatoryError.missingResource("grille-annexe4.json") }
    return try JSONDecoder().decode(InspectionGrid.self, from: Data(contentsOf: url))
  }

  /// The criterion a column header names: its label or its code, folded.
  public func criterion(forHeader header: String) -> GridCriterion? {
    let folded = FoldedText.fold(header)
    return criteria.first { FoldedText.fold($0.label) == folded || FoldedText.fold($0.code) == folded }
  }
}

/// Text folded for comparison: lower case, no diacritics, punctuation as spaces, spaces collapsed.
public enum FoldedText {
  public static func fold(_ text: String) -> String {
    let folded = text.folding(
      options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
    var result = ""
    var pendingSpace = false
    for character in folded {
      if character.isLetter || character.isNumber {
        if pendingSpace && !result.isEmpty { result.append(" ") }
        pendingSpace = false
        result.append(character)
      } else {
        pendingSpace = true
      }
    }
    return result
  }

  /// The words of `text` (folded), for comparing wordings.
  public static func words(_ text: String) -> Set<String> {
    Set(fold(text).split(separator: " ").map(String.init).filter { $0.count > 2 })
  }
}
