import Foundation

/// Where in an input file something went wrong, for messages analysts can act on.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  public var file: String
  /// 1-based; nil when the problem is the file as a whole.
  public var line: Int?
  public var column: Int?
  public init(file: String, line: Int? = nil, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }
  public var description: String {
    var s = file
    if let line { s += ", ligne \(line)" }
    if let column { s += ", colonne \(column)" }
    return s
  }
}

/// An error shown to the analyst: a French message first, an English one on request.
public protocol UserFacingError: Error, CustomStringConvertible {
  var messageFR: String { get }
  var messageEN: String { get }
}

extension UserFacingError {
  public var messageEN: String { messageFR }
  public var description: String { messageFR }
}
