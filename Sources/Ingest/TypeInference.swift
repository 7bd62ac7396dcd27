import Foundation
import ObservatoireCore

/// Guesses the type of a question from its header(s) and values, with a confidence.
enum TypeInference {
  static let metadataNames: Set<String> = [
    "id", "response id", "identifiant", "submitdate", "startdate", "datestamp", "lastpage",
    "startlanguage", "seed", "token", "ipaddr", "refurl", "horodateur", "horodatage", "timestamp",
    "date de soumission", "date de début", "heure de début", "heure de fin", "adresse e-mail",
    "numéro", "id de la réponse", "dernière page", "langue de départ",
  ]
  /// Metadata holding a survey tool's random keys (LimeSurvey's participant token and seed):
  /// never masked, as some have an IBAN's shape.
  static let randomKeyNames: Set<String> = ["token", "seed"]
  static let segmentWords = [
    "degré", "degre", "académie", "academie", "discipline", "rôle", "role", "fonction", "statut",
    "niveau", "département", "departement", "région", "region", "circonscription", "ancienneté",
    "type d'établissement", "sexe", "âge",
  ]
  static let yesValues: Set<String> = ["oui", "y", "yes", "1", "o", "vrai", "true", "x"]
  static let noValues: Set<String> = ["non", "n", "no", "0", "faux", "false", "n/a", "na", ""]
  static let missingValues: Set<String> = ["n/a", "na", "-", "sans réponse", "non renseigné"]

  /// Reads one question's answer from the fields of a row, or nil when it was left blank.
  typealias Reader = @Sendable ([String]) -> Answer?

  /// What a question's columns tell about it, gathered row by row.
  enum Profile: Sendable {
    case single(ColumnProfile)
    case group([SubQuestionProfile])
    /// A metadata column (id, submission date…), known by its name: its values are not looked at.
    case metadata

    /// An empty profile for a question read from the columns under `headers`.
    init(code: String, headers: [ColumnHeader], override: QuestionOverride?) {
      if headers.count == 1, override == nil, isMetadata(code: code, headers: headers) {
        self = .metadata
      } else if headers.count > 1 {
        self = .group(Array(repeating: SubQuestionProfile(), count: headers.count))
      } else {
        self = .single(ColumnProfile(keepsEveryDistinctValue: override?.kind != nil))
      }
    }

    mutating func add(_ fields: [String], at indices: [Int]) {
      switch self {
      case .single(var profile):
        self = .group([])  // leaves `profile` uniquely referenced while it grows
        profile.add(fields[indices[0]])
        self = .single(profile)
      case .group(var profiles):
        self = .group([])
        for (i, index) in indices.enumerated() { profiles[i].add(fields[index]) }
        self = .group(profiles)
      case .metadata:
        break
      }
    }
  }

  /// The lower-cased wording of a question, for name-based guesses.
  static func name(code: String, headers: [ColumnHeader]) -> String {
    (headers.first.map { $0.text ?? $0.raw } ?? code).lowercased()
  }

  /// Whether the question is export metadata by its code or wording, whatever its values.
  static func isMetadata(code: String, headers: [ColumnHeader]) -> Bool {
    isMetadata(code: code, name: name(code: code, headers: headers))
  }

  static func isMetadata(code: String, name: String) -> Bool {
    metadataNames.contains(code.lowercased()) || metadataNames.contains(name)
  }

  /// The question read from the columns at `indices` (their headers in `headers`), and how to
  /// read its answer from a row, given the profile of all its values.
  static func infer(
    code: String, headers: [ColumnHeader], indices: [Int], profile: Profile,
    override: QuestionOverride?
  ) -> (Question, Reader) {
    let title = override?.title ?? headers.first?.questionText ?? headers.first?.raw ?? code
    let name = name(code: code, headers: headers)
    if case .group(let profiles) = profile {
      var kind: QuestionKind
      var confidence: Double
      if profiles.allSatisfy(\.allYesOrNo) {
        (kind, confidence) = (.multipleChoice, 0.95)
      } else if headers.allSatisfy({ Int($0.subCode ?? "") != nil }) {
        (kind, confidence) = (.ranking, 0.9)
      } else {
        (kind, confidence) = (.ranking, 0.5)
      }
      if let k = override?.kind {
        kind = k == .ranking ? .ranking : .multipleChoice
        confidence = 1
      }
      let labels = headers.map(\.optionLabel)
      let question: Question
      let reader: Reader
      if kind == .multipleChoice {
        question = Question(
          id: QuestionID(code), title: title, kind: .multipleChoice, options: labels,
          confidence: confidence, isSegment: override?.isSegment ?? false,
          sourceColumns: headers.map(\.raw))
        reader = { fields in
          var chosen: [String] = []
          var answered = false
          for (i, index) in indices.enumerated() {
            let v = fields[index].trimmedFast.lowercased()
            if !v.isEmpty && v != "n/a" { answered = true }
            if yesValues.contains(v) { chosen.append(labels[i]) }
          }
          return answered ? .choices(chosen) : nil
        }
      } else {
        var options: [String] = []
        var seen: Set<String> = []
        for column in profiles {
          for v in column.values.ordered where seen.insert(v).inserted { options.append(v) }
        }
        question = Question(
          id: QuestionID(code), title: title, kind: .ranking, options: options,
          confidence: confidence, isSegment: override?.isSegment ?? false,
          sourceColumns: headers.map(\.raw))
        reader = { fields in
          let ranked = indices.map { fields[$0] }.filter { !$0.isEmpty }
          return ranked.isEmpty ? nil : .ranking(ranked)
        }
      }
      return (question, reader)
    }
    var column = ColumnProfile()
    if case .single(let profile) = profile { column = profile }
    var (kind, confidence, options, scale) = guess(code: code, name: name, profile: column)
    if let k = override?.kind {
      if k != kind { (options, scale) = describe(kind: k, profile: column) }
      kind = k
      confidence = 1
    }
    if let s = override?.scale { scale = s }
    let isSegment =
      override?.isSegment
      ?? (kind == .singleChoice && segmentWords.contains { name.contains($0) })
    let question = Question(
      id: QuestionID(code), title: title, kind: kind, options: options, scale: scale,
      confidence: confidence, isSegment: isSegment, sourceColumns: headers.map(\.raw))
    return (question, reader(kind: kind, index: indices[0]))
  }

  static func reader(kind: QuestionKind, index: Int) -> Reader {
    switch kind {
    case .freeText, .identifier:
      return { fields in
        let v = fields[index].trimmedFast
        return v.isEmpty ? nil : .text(v)
      }
    case .singleChoice:
      return { fields in
        let v = fields[index].trimmedFast
        return v.isEmpty || missingValues.contains(v.lowercased()) ? nil : .choice(v)
      }
    case .multipleChoice, .ranking:
      return { fields in
        let parts = splitMultiple(fields[index])
        if parts.isEmpty { return nil }
        return kind == .ranking ? .ranking(parts) : .choices(parts)
      }
    case .scale, .number:
      return { fields in number(fields[index]).map(Answer.number) }
    case .date:
      return { fields in date(fields[index]).map(Answer.date) }
    }
  }

  static func guess(code: String, name: String, profile p: ColumnProfile) -> (
    QuestionKind, Double, [String], ClosedRange<Double>?
  ) {
    if isMetadata(code: code, name: name) {
      return (.identifier, 0.95, [], nil)
    }
    guard p.count > 0 else { return (.freeText, 0.2, [], nil) }
    if p.allDates { return (.date, 0.9, [], nil) }
    if p.numericCount == p.count {
      let distinct = p.distinctNumberCount
      let lower = p.minimum
      let upper = p.maximum
      if p.allIntegers, lower >= 0, upper <= 10, distinct <= 11 {
        let bounds = (lower <= 0 ? 0.0 : 1.0)...max(upper, lower <= 0 ? 10 : 5)
        return (.scale, distinct >= 3 ? 0.85 : 0.6, [], bounds)
      }
      if p.allIntegers, p.numbersAllDistinct, p.numericCount > 20 {
        return (.identifier, 0.6, [], nil)
      }
      return (.number, 0.8, [], nil)
    }
    if p.joinedCount * 10 >= p.count, p.joinedCount > 0, let options = p.parts.list,
      p.partCount >= 2 * options.count
    {
      // Options must recur across respondents, unlike the clauses of a comment.
      return (.multipleChoice, 0.75, options, nil)
    }
    let averageLength = p.totalLength / p.count
    if averageLength < 80, let distinct = p.choices.list,
      distinct.count * 3 <= p.count || distinct.count <= 2
    {
      return (.singleChoice, distinct.count <= 12 ? 0.9 : 0.7, distinct, nil)
    }
    return (.freeText, averageLength > 40 ? 0.9 : 0.6, [], nil)
  }

  /// The options or bounds of a type the analyst forced on a column.
  static func describe(kind: QuestionKind, profile p: ColumnProfile) -> ([String], ClosedRange<Double>?) {
    switch kind {
    case .singleChoice:
      return (p.values.ordered, nil)
    case .multipleChoice, .ranking:
      return (p.parts.ordered, nil)
    case .scale:
      guard p.numericCount > 0 else { return ([], nil) }
      return ([], p.minimum...p.maximum)
    default:
      return ([], nil)
    }
  }

  static let longestMissingValue = missingValues.map(\.utf8.count).max() ?? 0

  /// « N/A », « sans réponse », « non renseigné »…
  static func isMissing(_ value: String) -> Bool {
    value.utf8.count <= 2 * longestMissingValue && missingValues.contains(value.lowercased())
  }

  static func splitMultiple(_ value: String) -> [String] {
    value.split(separator: ";").map { String($0).trimmedFast }.filter {
      !$0.isEmpty
    }
  }

  static func number(_ text: String) -> Double? {
    let t = text.trimmedFast
    guard let first = t.utf8.first, t.utf8.count < 32,
      (0x30...0x39).contains(first) || first == 0x2D || first == 0x2B || first == 0x2E
    else { return nil }
    return Double(t.contains(",") ? String(t.map { $0 == "," ? "." : $0 }) : t)
  }

  /// `2024-03-05`, `2024-03-05 14:02[:11]`, `05/03/2024`, `05/03/2024 14:02[:11]`, read as UTC.
  static func date(_ text: String) -> Date? {
    let t = Array(text.trimmedFast.utf8)
    guard t.count == 10 || t.count == 16 || t.count == 19 else { return nil }
    func digits(_ range: Range<Int>) -> Int? {
      var n = 0
      for i in range {
        guard t[i] >= 0x30, t[i] <= 0x39 else { return nil }
        n = n * 10 + Int(t[i] - 0x30)
      }
      return n
    }
    let year: Int
    let month: Int
    let day: Int
    if t[4] == 0x2D, t[7] == 0x2D, let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) {
      (year, month, day) = (y, m, d)
    } else if t[2] == 0x2F, t[5] == 0x2F, let d = digits(0..<2), let m = digits(3..<5),
      let y = digits(6..<10)
    {
      (year, month, day) = (y, m, d)
    } else {
      return nil
    }
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    var seconds = 0
    if t.count >= 16 {
      guard t[10] == 0x20 || t[10] == 0x54, t[13] == 0x3A, let h = digits(11..<13),
        let mi = digits(14..<16), h < 24, mi < 60
      else { return nil }
      seconds = h * 3600 + mi * 60
      if t.count == 19 {
        guard t[16] == 0x3A, let s = digits(17..<19), s < 60 else { return nil }
        seconds += s
      }
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    let days = era * 146097 + doe - 719468
    return Date(timeIntervalSince1970: Double(days * 86400 + seconds))
  }
}

extension String {
  /// Trims whitespace without going through Foundation, which is slow on Linux for hot loops.
  var trimmedFast: String {
    guard let first = utf8.first, let last = utf8.last else { return self }
    func plain(_ b: UInt8) -> Bool { b > 0x20 && b < 0x80 }
    if plain(first) && plain(last) { return self }
    var sub = Substring(self)
    while let c = sub.first, c.isWhitespace { sub.removeFirst() }
    while let c = sub.last, c.isWhitespace { sub.removeLast() }
    return String(sub)
  }
}
