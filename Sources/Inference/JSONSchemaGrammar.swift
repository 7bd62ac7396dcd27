import Foundation

/// Turns the subset of JSON Schema the pipeline uses into a GBNF grammar for llama.cpp.
///
/// Supported: `object` with `properties` (every declared property is generated, in the
/// schema's order, which is valid whether or not it is `required`), `string` (with `enum`,
/// `const`, `minLength`/`maxLength`), `number`, `integer`, `boolean`, `null`, `enum`/`const`
/// of any JSON literal, `array` with `items`, `minItems`, `maxItems`, a list of types
/// (`["string", "null"]`), and `{}` (any JSON value). Anything else is refused with a clear
/// error rather than silently ignored.
public enum JSONSchemaGrammar {
  public static func gbnf(fromSchema schemaText: String) throws -> String {
    let schema: OrderedJSON
    do {
      schema = try OrderedJSON.parse(schemaText)
    } catch {
      throw InferenceError.invalidJSONSchema(reason: "ce n'est pas du JSON valide")
    }
    var builder = Builder()
    let root = try builder.rule(for: schema, path: "racine")
    var lines = ["root ::= \(root)"]
    lines += builder.rules.map { "\($0.name) ::= \($0.body)" }
    lines += primitiveRules.filter { builder.usedPrimitives.contains($0.key) }.sorted { $0.key < $1.key }
      .map { "\($0.key) ::= \($0.value)" }
    return lines.joined(separator: "\n") + "\n"
  }

  private static let primitiveRules: [String: String] = [
    "ws": #"" "?"#,
    "string": #""\"" char* "\"""#,
    "char": #"[^"\\\x7F\x00-\x1F] | "\\" (["\\/bfnrt] | "u" [0-9a-fA-F]{4})"#,
    "number": #""-"? ([0-9] | [1-9] [0-9]{1,15}) ("." [0-9]{1,15})? ([eE] [-+]? [0-9]{1,3})?"#,
    "integer": #""-"? ([0-9] | [1-9] [0-9]{1,15})"#,
    "boolean": #""true" | "false""#,
    "null": #""null""#,
    "value": #"object | array | string | number | boolean | null"#,
    "object": #""{" ws ( string ws ":" ws value ( ws "," ws string ws ":" ws value )* )? ws "}""#,
    "array": #""[" ws ( value ( ws "," ws value )* )? ws "]""#,
  ]

  private struct Builder {
    var rules: [(name: String, body: String)] = []
    var usedPrimitives: Set<String> = []

    mutating func use(_ names: String...) { usedPrimitives.formUnion(names) }

    mutating func add(_ body: String) -> String {
      let name = "r\(rules.count + 1)"
      rules.append((name, body))
      return name
    }

    mutating func rule(for schema: OrderedJSON, path: String) throws -> String {
      guard case .object(let members) = schema else {
        if case .bool(true) = schema {
          use("value", "object", "array", "string", "char", "number", "boolean", "null", "ws")
          return "value"
        }
        throw InferenceError.invalidJSONSchema(reason: "\(path) : un schéma doit être un objet JSON")
      }
      let fields = Dictionary(members, uniquingKeysWith: { first, _ in first })
      if let constant = fields["const"] { return literal(constant) }
      if case .array(let options) = fields["enum"] {
        guard !options.isEmpty else { throw InferenceError.invalidJSONSchema(reason: "\(path) : enum vide") }
        return add(options.map(literal).joined(separator: " | "))
      }
      for combinator in ["anyOf", "oneOf"] {
        if case .array(let options) = fields[combinator] {
          let alternatives = try options.enumerated().map {
            try rule(for: $1, path: "\(path).\(combinator)[\($0)]")
          }
          return add(alternatives.joined(separator: " | "))
        }
      }
      for unsupported in ["allOf", "$ref", "not", "if", "patternProperties", "pattern"]
      where fields[unsupported] != nil {
        throw InferenceError.invalidJSONSchema(
          reason: "\(path) : « \(unsupported) » n'est pas pris en charge")
      }
      switch fields["type"] {
      case .string(let type):
        return try rule(forType: type, fields: fields, path: path)
      case .array(let types):
        let alternatives = try types.map { type -> String in
          guard case .string(let name) = type else {
            throw InferenceError.invalidJSONSchema(reason: "\(path) : type invalide")
          }
          return try rule(forType: name, fields: fields, path: path)
        }
        return add(alternatives.joined(separator: " | "))
      case nil:
        if fields["properties"] != nil { return try rule(forType: "object", fields: fields, path: path) }
        if fields["items"] != nil { return try rule(forType: "array", fields: fields, path: path) }
        use("value", "object", "array", "string", "char", "number", "boolean", "null", "ws")
        return "value"
      default:
        throw InferenceError.invalidJSONSchema(reason: "\(path) : « type » doit être un texte ou une liste")
      }
    }

    mutating func rule(forType type: String, fields: [String: OrderedJSON], path: String) throws -> String {
      switch type {
      case "string":
        use("char")
        let minimum = fields["minLength"]?.integer ?? 0
        if let maximum = fields["maxLength"]?.integer {
          return add(#""\"" char{\#(minimum),\#(max(minimum, maximum))} "\"""#)
        }
        if minimum > 0 { return add(#""\"" char{\#(minimum),} "\"""#) }
        use("string")
        return "string"
      case "number", "integer", "boolean", "null":
        use(type)
        return type
      case "array":
        use("ws")
        let item: String
        if let items = fields["items"] {
          item = try rule(for: items, path: "\(path)[]")
        } else {
          use("value", "object", "array", "string", "char", "number", "boolean", "null")
          item = "value"
        }
        let minimum = fields["minItems"]?.integer ?? 0
        let maximum = fields["maxItems"]?.integer
        if let maximum, maximum == 0 { return add(#""[" ws "]""#) }
        let tailMinimum = max(0, minimum - 1)
        let tail = maximum.map { "{\(tailMinimum),\(max(tailMinimum, $0 - 1))}" } ?? "{\(tailMinimum),}"
        let list = "\(item) ( ws \",\" ws \(item) )\(tail)"
        return add(minimum > 0 ? #""[" ws \#(list) ws "]""# : #""[" ws ( \#(list) )? ws "]""#)
      case "object":
        use("ws")
        guard case .object(let properties) = fields["properties"] ?? .object([]) else {
          throw InferenceError.invalidJSONSchema(reason: "\(path) : « properties » doit être un objet")
        }
        if properties.isEmpty {
          use("value", "object", "array", "string", "char", "number", "boolean", "null")
          return "object"
        }
        var parts: [String] = []
        for (name, propertySchema) in properties {
          let valueRule = try rule(for: propertySchema, path: "\(path).\(name)")
          parts.append("\(Self.gbnfLiteral(Self.jsonString(name))) ws \":\" ws \(valueRule)")
        }
        return add(#""{" ws "# + parts.joined(separator: #" ws "," ws "#) + #" ws "}""#)
      default:
        throw InferenceError.invalidJSONSchema(reason: "\(path) : type « \(type) » inconnu")
      }
    }

    func literal(_ value: OrderedJSON) -> String { Self.gbnfLiteral(value.serialized) }

    static func jsonString(_ text: String) -> String { OrderedJSON.string(text).serialized }

    /// A GBNF double-quoted literal matching exactly `text`.
    static func gbnfLiteral(_ text: String) -> String {
      var out = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default: out.unicodeScalars.append(scalar)
        }
      }
      return out + "\""
    }
  }
}

/// JSON that keeps the order of object members (JSONSerialization does not), so a grammar
/// generates properties in the order the schema lists them.
enum OrderedJSON: Equatable {
  case object([(String, OrderedJSON)])
  case array([OrderedJSON])
  case string(String)
  case number(String)
  case bool(Bool)
  case null

  static func == (a: OrderedJSON, b: OrderedJSON) -> Bool { a.serialized == b.serialized }

  var integer: Int? {
    if case .number(let text) = self { return Int(text) ?? Double(text).map { Int($0) } }
    return nil
  }

  var serialized: String {
    switch self {
    case .object(let members):
      return "{"
        + members.map { "\(OrderedJSON.string($0.0).serialized):\($0.1.serialized)" }.joined(separator: ",")
        + "}"
    case .array(let items): return "[" + items.map(\.serialized).joined(separator: ",") + "]"
    case .number(let text): return text
    case .bool(let value): return value ? "true" : "false"
    case .null: return "null"
    case .string(let text):
      var out = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
      }
      return out + "\""
    }
  }

  struct ParseError: Error {}

  static func parse(_ text: String) throws -> OrderedJSON {
    var parser = Parser(bytes: Array(text.utf8))
    let value = try parser.value()
    parser.skipWhitespace()
    guard parser.index == parser.bytes.count else { throw ParseError() }
    return value
  }

  private struct Parser {
    let bytes: [UInt8]
    var index = 0

    mutating func skipWhitespace() {
      while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    mutating func expect(_ literal: String) throws {
      let expected = Array(literal.utf8)
      guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected
      else {
        throw ParseError()
      }
      index += expected.count
    }

    mutating func value() throws -> OrderedJSON {
      skipWhitespace()
      guard index < bytes.count else { throw ParseError() }
      switch bytes[index] {
      case UInt8(ascii: "{"):
        index += 1
        var members: [(String, OrderedJSON)] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
          index += 1
          return .object(members)
        }
        while true {
          skipWhitespace()
          guard case .string(let key) = try value() else { throw ParseError() }
          skipWhitespace()
          try expect(":")
          members.append((key, try value()))
          skipWhitespace()
          guard index < bytes.count else { throw ParseError() }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
          } else {
            try expect("}")
            return .object(members)
          }
        }
      case UInt8(ascii: "["):
        index += 1
        var items: [OrderedJSON] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
          index += 1
          return .array(items)
        }
        while true {
          items.append(try value())
          skipWhitespace()
          guard index < bytes.count else { throw ParseError() }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
          } else {
            try expect("]")
            return .array(items)
          }
        }
      case UInt8(ascii: "\""):
        let start = index
        index += 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
          index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        try expect("\"")
        let raw = Data(bytes[start..<index])
        guard let decoded = try? JSONDecoder().decode(String.self, from: raw) else { throw ParseError() }
        return .string(decoded)
      case UInt8(ascii: "t"):
        try expect("true")
        return .bool(true)
      case UInt8(ascii: "f"):
        try expect("false")
        return .bool(false)
      case UInt8(ascii: "n"):
        try expect("null")
        return .null
      default:
        let start = index
        while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
        guard index > start, let text = String(bytes: bytes[start..<index], encoding: .utf8),
          Double(text) != nil
        else { throw ParseError() }
        return .number(text)
      }
    }
  }
}
