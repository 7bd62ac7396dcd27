import Foundation

/// The stable name of an argument across runs: its question, its response and the span of its
/// quote in the masked answer. Run-local `ArgumentID`s (« q1-a17 ») are positions and shift as
/// soon as one answer gives one argument more or less; this key does not.
public struct ArgumentKey: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible
{
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public init(question: QuestionID, response: ResponseID, quote: TextSpan) {
    rawValue = "\(question.rawValue)|\(response.rawValue)|\(quote.start)-\(quote.end)"
  }

  public init(_ argument: Argument) {
    self.init(question: argument.questionID, response: argument.responseID, quote: argument.quote)
  }

  /// The response the argument was read in (the key's middle part).
  public var responseID: ResponseID? {
    let parts = rawValue.split(separator: "|", omittingEmptySubsequences: false)
    guard parts.count >= 3 else { return nil }
    return ResponseID(parts[1...(parts.count - 2)].joined(separator: "|"))
  }

  public var description: String { rawValue }
  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

/// The stable name of a theme across runs: a hash of the keys of the arguments the machine put
/// in it (« t- » for a top-level theme, « s- » for a sub-theme), « autres » for the outliers, or
/// the key a split gave the theme it created. The same arguments give the same key, run after run.
public struct ThemeKey: RawRepresentable, Sendable, Hashable, Codable, CodingKeyRepresentable, Comparable,
  CustomStringConvertible
{
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public static let other = ThemeKey("autres")

  /// The key of a theme the machine made.
  public init(machineTheme theme: Theme, argumentKeys: [ArgumentID: ArgumentKey]) {
    if theme.isOther {
      self = .other
      return
    }
    let keys = theme.argumentIDs.compactMap { argumentKeys[$0]?.rawValue }.sorted()
    let prefix = theme.parentID == nil ? "t-" : "s-"
    rawValue = prefix + StableHash.hex(keys)
  }

  /// The key of the theme a split creates: from the theme split and the arguments taken out.
  public init(splitOf theme: ThemeKey, taking arguments: [ArgumentKey]) {
    rawValue = "r-" + StableHash.hex([theme.rawValue] + arguments.map(\.rawValue).sorted())
  }

  public var description: String { rawValue }
  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

/// FNV-1a (64 bits) over length-prefixed parts: a name, not a secret, the same on every platform
/// and every run (Swift's `Hasher` is seeded per process).
public enum StableHash {
  public static func hex(_ parts: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ byte: UInt8) {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    for part in parts {
      let bytes = Array(part.utf8)
      withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { for byte in $0 { mix(byte) } }
      for byte in bytes { mix(byte) }
    }
    let text = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - text.count) + text
  }
}

/// A synthesis sentence as a reviewer wrote it: its citations named by stable keys.
public struct ReviewedSentence: Sendable, Hashable, Codable {
  public var text: String
  public var citations: [ArgumentKey]
  public init(text: String, citations: [ArgumentKey] = []) {
    self.text = text
    self.citations = citations
  }
}

/// One thing a reviewer did to an analysis. Themes and arguments are named by stable keys, so
/// that the same review applies to the next run wherever its arguments still exist.
public enum ReviewAction: Sendable, Hashable, Codable {
  case renameTheme(theme: ThemeKey, label: String)
  case editStatement(theme: ThemeKey, statement: String)
  case editSynthesis(theme: ThemeKey, sentences: [ReviewedSentence])
  /// `source`'s arguments (and sub-themes) join `target`; `source` disappears.
  case mergeThemes(source: ThemeKey, into: ThemeKey)
  /// The `arguments` leave `theme` for a new theme beside it, named `label`, whose key is
  /// `newTheme` (made by `ReviewAction.split`, kept as it is even if some arguments go later).
  case splitTheme(theme: ThemeKey, arguments: [ArgumentKey], label: String, newTheme: ThemeKey)
  /// The argument leaves its themes for `theme` (and its parent, for a sub-theme).
  case moveArgument(argument: ArgumentKey, to: ThemeKey)
  case validateTheme(theme: ThemeKey, note: String?)
  /// `theme` nil: the question's global synthesis.
  case validateSynthesis(theme: ThemeKey?, note: String?)

  /// The reviewed objects this action changes: each has a version, checked on save.
  public var objects: [ReviewObject] {
    switch self {
    case .renameTheme(let theme, _), .editStatement(let theme, _), .validateTheme(let theme, _):
      [.theme(theme)]
    case .editSynthesis(let theme, _): [.synthesis(theme)]
    case .validateSynthesis(let theme, _): [theme.map(ReviewObject.synthesis) ?? .globalSynthesis]
    case .mergeThemes(let source, let target): [.theme(source), .theme(target)]
    case .splitTheme(let theme, let arguments, _, let newTheme):
      [.theme(theme), .theme(newTheme)] + arguments.map(ReviewObject.argument)
    case .moveArgument(let argument, _): [.argument(argument)]
    }
  }

  /// The themes the action names, whose arguments are recorded with it (its anchors).
  public var themes: [ThemeKey] {
    switch self {
    case .renameTheme(let theme, _), .editStatement(let theme, _), .validateTheme(let theme, _),
      .editSynthesis(let theme, _), .splitTheme(let theme, _, _, _), .moveArgument(_, let theme):
      [theme]
    case .validateSynthesis(let theme, _): theme.map { [$0] } ?? []
    case .mergeThemes(let source, let target): [source, target]
    }
  }

  /// The arguments the action names (their responses are what a deletion looks for).
  public var arguments: [ArgumentKey] {
    switch self {
    case .splitTheme(_, let arguments, _, _): arguments
    case .moveArgument(let argument, _): [argument]
    case .editSynthesis(_, let sentences): sentences.flatMap(\.citations)
    default: []
    }
  }

  /// A split of `theme`, its new theme keyed from the theme and the arguments taken.
  public static func split(theme: ThemeKey, arguments: [ArgumentKey], label: String) -> ReviewAction {
    .splitTheme(
      theme: theme, arguments: arguments, label: label, newTheme: ThemeKey(splitOf: theme, taking: arguments))
  }

  /// The audit log's name for the action.
  public var name: String {
    switch self {
    case .renameTheme: "renommer-theme"
    case .editStatement: "modifier-enonce"
    case .editSynthesis: "modifier-synthese"
    case .mergeThemes: "fusionner-themes"
    case .splitTheme: "scinder-theme"
    case .moveArgument: "deplacer-argument"
    case .validateTheme: "valider-theme"
    case .validateSynthesis: "valider-synthese"
    }
  }
}

/// An object a reviewer edits, with its own version for optimistic concurrency.
public enum ReviewObject: Sendable, Hashable, Codable, CustomStringConvertible {
  case theme(ThemeKey)
  case synthesis(ThemeKey)
  case globalSynthesis
  case argument(ArgumentKey)

  /// The key the version table stores.
  public var rawValue: String {
    switch self {
    case .theme(let key): "theme:\(key.rawValue)"
    case .synthesis(let key): "synthese:\(key.rawValue)"
    case .globalSynthesis: "synthese-globale"
    case .argument(let key): "argument:\(key.rawValue)"
    }
  }

  public var description: String { rawValue }

  /// How the object is named to the reviewer.
  public var labelFR: String {
    switch self {
    case .theme: "le thème"
    case .synthesis: "la synthèse du thème"
    case .globalSynthesis: "la synthèse d'ensemble"
    case .argument: "l'argument"
    }
  }
}

/// A saved review: the action, who and when, and the arguments of each theme it named at that
/// moment (its anchors), by which it finds its themes again after a re-run.
public struct ReviewRecord: Sendable, Hashable, Codable {
  /// Order of saving, from 1.
  public var sequence: Int
  public var action: ReviewAction
  public var reviewer: String
  public var date: Date
  public var anchors: [ThemeKey: [ArgumentKey]]

  public init(
    sequence: Int, action: ReviewAction, reviewer: String, date: Date,
    anchors: [ThemeKey: [ArgumentKey]] = [:]
  ) {
    self.sequence = sequence
    self.action = action
    self.reviewer = reviewer
    self.date = date
    self.anchors = anchors
  }
}

/// A review that no longer applies to the analysis (its arguments are gone), and why, in French.
public struct UnappliedReview: Sendable, Hashable, Codable {
  public var sequence: Int
  public var action: ReviewAction
  public var reasonFR: String
  public init(sequence: Int, action: ReviewAction, reasonFR: String) {
    self.sequence = sequence
    self.action = action
    self.reasonFR = reasonFR
  }
}

/// An analysis as its reviewers left it: the machine's analysis with every review that still
/// applies, the stable keys of its themes and arguments, and the reviews that no longer apply.
public struct ReviewedAnalysis: Sendable, Hashable {
  /// Labels, statements, syntheses, memberships and counts after the reviews; each theme's
  /// `validation` is its « validé ». Segment counts of themes whose members changed are removed
  /// (they need the consultation to be recomputed).
  public var analysis: QuestionAnalysis
  public var themeKeys: [ThemeID: ThemeKey]
  /// Fixed by the machine's analysis (reviews move arguments, never make or remove them).
  public private(set) var argumentKeys: [ArgumentID: ArgumentKey]
  /// The same, the other way.
  private var argumentIDsByKey: [ArgumentKey: ArgumentID]
  /// « Validé » on a theme's synthesis, by theme.
  public var synthesisValidations: [ThemeID: Validation]
  public var globalSynthesisValidation: Validation?
  /// Themes whose label, statement, synthesis or members a reviewer changed.
  public var editedThemes: Set<ThemeID>
  /// Partly applied reviews (some arguments gone) and reviews that no longer apply at all.
  public var unapplied: [UnappliedReview]
  /// The version of each reviewed object, to send back with the next save (absent: 0).
  public var versions: [String: Int]

  public init(
    analysis: QuestionAnalysis, themeKeys: [ThemeID: ThemeKey], argumentKeys: [ArgumentID: ArgumentKey],
    synthesisValidations: [ThemeID: Validation] = [:], globalSynthesisValidation: Validation? = nil,
    editedThemes: Set<ThemeID> = [], unapplied: [UnappliedReview] = [], versions: [String: Int] = [:]
  ) {
    self.analysis = analysis
    self.themeKeys = themeKeys
    self.argumentKeys = argumentKeys
    argumentIDsByKey = Dictionary(argumentKeys.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    self.synthesisValidations = synthesisValidations
    self.globalSynthesisValidation = globalSynthesisValidation
    self.editedThemes = editedThemes
    self.unapplied = unapplied
    self.versions = versions
  }

  /// The theme a key names now, if any.
  public func theme(_ key: ThemeKey) -> Theme? {
    guard let id = themeID(of: key) else { return nil }
    return analysis.themes.first { $0.id == id }
  }

  public func themeID(of key: ThemeKey) -> ThemeID? {
    themeKeys.first { $0.value == key }?.key
  }

  /// The keys of a theme's arguments, sorted.
  public func argumentKeys(of theme: ThemeKey) -> [ArgumentKey] {
    guard let theme = self.theme(theme) else { return [] }
    return theme.argumentIDs.compactMap { argumentKeys[$0] }.sorted()
  }

  public func version(of object: ReviewObject) -> Int { versions[object.rawValue] ?? 0 }
}

/// Why a review cannot be saved against the analysis as it is, in French for the reviewer.
public enum ReviewError: UserFacingError, Equatable {
  case unknownTheme(ThemeKey)
  case unknownArgument(ArgumentKey)
  case sameTheme(ThemeKey)
  case argumentNotInTheme(ArgumentKey, ThemeKey)
  case emptySplit(ThemeKey)
  case wholeThemeSplit(ThemeKey)
  case emptyLabel
  case notTopLevel(ThemeKey)

  public var messageFR: String {
    switch self {
    case .unknownTheme(let key):
      "Erreur : le thème « \(key) » n'existe pas (ou plus) dans cette analyse : rechargez la page."
    case .unknownArgument(let key):
      "Erreur : l'argument « \(key) » n'existe pas (ou plus) dans cette analyse : rechargez la page."
    case .sameTheme(let key): "Erreur : un thème ne peut pas être fusionné avec lui-même (« \(key) »)."
    case .argumentNotInTheme(let argument, let theme):
      "Erreur : l'argument « \(argument) » n'appartient pas au thème « \(theme) »."
    case .emptySplit(let key): "Erreur : choisissez au moins un argument à sortir du thème « \(key) »."
    case .wholeThemeSplit(let key):
      "Erreur : scinder le thème « \(key) » demande d'y laisser au moins un argument ; pour le renommer, "
        + "utilisez « renommer »."
    case .emptyLabel: "Erreur : le nom d'un thème ne peut pas être vide."
    case .notTopLevel(let key):
      "Erreur : seuls les thèmes de premier niveau peuvent être fusionnés (« \(key) » est un sous-thème)."
    }
  }
}

extension ReviewedAnalysis {
  /// The machine's analysis with no review: stable keys only.
  public init(machine analysis: QuestionAnalysis) {
    var argumentKeys: [ArgumentID: ArgumentKey] = [:]
    for argument in analysis.arguments { argumentKeys[argument.id] = ArgumentKey(argument) }
    var themeKeys: [ThemeID: ThemeKey] = [:]
    for theme in analysis.themes {
      themeKeys[theme.id] = ThemeKey(machineTheme: theme, argumentKeys: argumentKeys)
    }
    self.init(analysis: analysis, themeKeys: themeKeys, argumentKeys: argumentKeys)
  }

  /// Applies `reviews` in order to the machine's `analysis`. A review whose themes are not found
  /// by key (a re-run regrouped the arguments) finds them by its anchors: the theme sharing most
  /// arguments with the anchored one (Jaccard ≥ `minimumOverlap`). A review whose arguments are
  /// all gone does not apply and is reported; one that applies in part says what was left out.
  /// A validation applies only to a theme with the very arguments it was validated with.
  public static func applying(
    _ reviews: [ReviewRecord], to analysis: QuestionAnalysis, minimumOverlap: Double = 0.5
  ) -> ReviewedAnalysis {
    var view = ReviewedAnalysis(machine: analysis)
    var aliases: [ThemeKey: ThemeKey] = [:]
    for record in reviews.sorted(by: { $0.sequence < $1.sequence }) {
      do {
        let notes = try view.apply(record, aliases: &aliases, minimumOverlap: minimumOverlap, strict: false)
        for note in notes {
          view.unapplied.append(
            UnappliedReview(sequence: record.sequence, action: record.action, reasonFR: note))
        }
      } catch let error as any UserFacingError {
        view.unapplied.append(
          UnappliedReview(sequence: record.sequence, action: record.action, reasonFR: error.messageFR))
      } catch {
        view.unapplied.append(
          UnappliedReview(sequence: record.sequence, action: record.action, reasonFR: "\(error)"))
      }
    }
    view.recount()
    return view
  }

  /// Applies one new review to this view, strictly: every theme and argument it names must exist
  /// as named. Throws a `ReviewError` otherwise; the view is unchanged then.
  public mutating func applyNew(_ record: ReviewRecord) throws {
    var copy = self
    var aliases: [ThemeKey: ThemeKey] = [:]
    _ = try copy.apply(record, aliases: &aliases, minimumOverlap: 1, strict: true)
    copy.recount()
    self = copy
  }

  /// The theme a review names: by key, by an earlier resolution, or by its anchor.
  private func resolve(
    _ key: ThemeKey, record: ReviewRecord, aliases: inout [ThemeKey: ThemeKey], minimumOverlap: Double,
    strict: Bool
  ) throws -> (index: Int, exact: Bool) {
    if let id = themeID(of: key), let index = analysis.themes.firstIndex(where: { $0.id == id }) {
      return (index, true)
    }
    if !strict, let alias = aliases[key], let id = themeID(of: alias),
      let index = analysis.themes.firstIndex(where: { $0.id == id })
    {
      return (index, false)
    }
    guard !strict, let anchor = record.anchors[key], !anchor.isEmpty else {
      throw ReviewError.unknownTheme(key)
    }
    let anchored = Set(anchor)
    var best: (index: Int, score: Double)?
    for (index, theme) in analysis.themes.enumerated() where theme.isOther == (key == .other) {
      let members = Set(theme.argumentIDs.compactMap { argumentKeys[$0] })
      let union = anchored.union(members).count
      guard union > 0 else { continue }
      let score = Double(anchored.intersection(members).count) / Double(union)
      if score > (best?.score ?? 0) { best = (index, score) }
    }
    guard let best, best.score >= minimumOverlap else {
      throw ReviewError.unknownTheme(key)
    }
    if let found = themeKeys[analysis.themes[best.index].id] { aliases[key] = found }
    return (best.index, false)
  }

  /// The run-local id of the argument a key names, if it is in this analysis.
  public func argumentID(of key: ArgumentKey) -> ArgumentID? {
    argumentIDsByKey[key]
  }

  private func argumentID(_ key: ArgumentKey) -> ArgumentID? { argumentIDsByKey[key] }

  /// Applies one record; returns notes on what was left out (arguments gone).
  private mutating func apply(
    _ record: ReviewRecord, aliases: inout [ThemeKey: ThemeKey], minimumOverlap: Double, strict: Bool
  ) throws -> [String] {
    func find(_ key: ThemeKey) throws -> (index: Int, exact: Bool) {
      try resolve(key, record: record, aliases: &aliases, minimumOverlap: minimumOverlap, strict: strict)
    }
    let validation = { (note: String?) in Validation(analyst: record.reviewer, date: record.date, note: note)
    }
    var notes: [String] = []
    switch record.action {
    case .renameTheme(let key, let label):
      let label = label.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !label.isEmpty else { throw ReviewError.emptyLabel }
      let (index, _) = try find(key)
      analysis.themes[index].label = label
      analysis.themes[index].validation = nil
      editedThemes.insert(analysis.themes[index].id)

    case .editStatement(let key, let statement):
      let (index, _) = try find(key)
      analysis.themes[index].statement = statement
      analysis.themes[index].validation = nil
      editedThemes.insert(analysis.themes[index].id)

    case .editSynthesis(let key, let sentences):
      let (index, _) = try find(key)
      var kept: [CitedSentence] = []
      var lost = 0
      for sentence in sentences {
        let ids = sentence.citations.compactMap { argumentID($0) }
        lost += sentence.citations.count - ids.count
        kept.append(CitedSentence(text: sentence.text, citations: ids))
      }
      if strict, lost > 0,
        let missing = sentences.flatMap(\.citations).first(where: { argumentID($0) == nil })
      {
        throw ReviewError.unknownArgument(missing)
      }
      if lost > 0 {
        notes.append("\(lost) citation(s) de la synthèse revue portaient sur des arguments disparus.")
      }
      let id = analysis.themes[index].id
      analysis.themes[index].synthesis = Synthesis(sentences: kept)
      synthesisValidations[id] = nil
      editedThemes.insert(id)

    case .mergeThemes(let sourceKey, let targetKey):
      let (source, _) = try find(sourceKey)
      let (target, _) = try find(targetKey)
      guard source != target else { throw ReviewError.sameTheme(sourceKey) }
      guard analysis.themes[source].parentID == nil else { throw ReviewError.notTopLevel(sourceKey) }
      guard analysis.themes[target].parentID == nil else { throw ReviewError.notTopLevel(targetKey) }
      let sourceID = analysis.themes[source].id
      let targetID = analysis.themes[target].id
      for id in analysis.themes[source].argumentIDs where !analysis.themes[target].argumentIDs.contains(id) {
        analysis.themes[target].argumentIDs.append(id)
      }
      for index in analysis.themes.indices where analysis.themes[index].parentID == sourceID {
        analysis.themes[index].parentID = targetID
      }
      analysis.themes[target].validation = nil
      synthesisValidations[targetID] = nil
      editedThemes.insert(targetID)
      analysis.themes.remove(at: source)
      themeKeys[sourceID] = nil
      synthesisValidations[sourceID] = nil
      editedThemes.remove(sourceID)
      aliases[sourceKey] = themeKeys[targetID]

    case .splitTheme(let key, let keys, let label, let newKey):
      let label = label.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !label.isEmpty else { throw ReviewError.emptyLabel }
      let (index, _) = try find(key)
      let theme = analysis.themes[index]
      let members = Set(theme.argumentIDs)
      var taken: [ArgumentID] = []
      for argument in keys {
        guard let id = argumentID(argument), members.contains(id) else {
          if strict {
            throw argumentID(argument) == nil
              ? ReviewError.unknownArgument(argument) : ReviewError.argumentNotInTheme(argument, key)
          }
          continue
        }
        taken.append(id)
      }
      guard !taken.isEmpty else { throw ReviewError.emptySplit(key) }
      guard taken.count < members.count else { throw ReviewError.wholeThemeSplit(key) }
      if taken.count < keys.count {
        notes.append("\(keys.count - taken.count) argument(s) à sortir du thème n'y sont plus.")
      }
      let takenSet = Set(taken)
      for i in analysis.themes.indices
      where analysis.themes[i].id == theme.id || analysis.themes[i].parentID == theme.id {
        analysis.themes[i].argumentIDs.removeAll { takenSet.contains($0) }
      }
      analysis.themes[index].validation = nil
      synthesisValidations[theme.id] = nil
      editedThemes.insert(theme.id)
      let newID = newKey.rawValue
      analysis.themes.insert(
        Theme(id: newID, parentID: theme.parentID, label: label, argumentIDs: taken), at: index + 1)
      themeKeys[newID] = newKey
      editedThemes.insert(newID)

    case .moveArgument(let argument, let key):
      guard let id = argumentID(argument) else { throw ReviewError.unknownArgument(argument) }
      let (target, _) = try find(key)
      let targetID = analysis.themes[target].id
      let parentID = analysis.themes[target].parentID
      for i in analysis.themes.indices where analysis.themes[i].argumentIDs.contains(id) {
        let themeID = analysis.themes[i].id
        guard themeID != targetID, themeID != parentID else { continue }
        analysis.themes[i].argumentIDs.removeAll { $0 == id }
        analysis.themes[i].validation = nil
        editedThemes.insert(themeID)
      }
      for i in analysis.themes.indices
      where analysis.themes[i].id == targetID || analysis.themes[i].id == parentID {
        if !analysis.themes[i].argumentIDs.contains(id) {
          analysis.themes[i].argumentIDs.append(id)
          analysis.themes[i].validation = nil
          editedThemes.insert(analysis.themes[i].id)
        }
      }

    case .validateTheme(let key, let note):
      let (index, exact) = try find(key)
      guard exact || anchorMatches(record.anchors[key], theme: index) else {
        throw ReviewValidationMoved(key: key)
      }
      analysis.themes[index].validation = validation(note)

    case .validateSynthesis(let key, let note):
      guard let key else {
        globalSynthesisValidation = validation(note)
        break
      }
      let (index, exact) = try find(key)
      guard exact || anchorMatches(record.anchors[key], theme: index) else {
        throw ReviewValidationMoved(key: key)
      }
      synthesisValidations[analysis.themes[index].id] = validation(note)
    }
    return notes
  }

  /// Whether a theme holds exactly the arguments of an anchor.
  private func anchorMatches(_ anchor: [ArgumentKey]?, theme index: Int) -> Bool {
    guard let anchor else { return false }
    return Set(anchor) == Set(analysis.themes[index].argumentIDs.compactMap { argumentKeys[$0] })
  }

  /// Respondents and stance of every theme, from its arguments; segment counts of edited themes
  /// dropped (they need the consultation).
  mutating func recount() {
    let byID = Dictionary(analysis.arguments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for index in analysis.themes.indices {
      let (respondents, stance) = ThemeCounting.count(analysis.themes[index].argumentIDs, in: byID)
      analysis.themes[index].respondents = respondents
      analysis.themes[index].stance = stance
    }
    let present = Set(analysis.themes.map(\.id))
    analysis.segmentCounts.removeAll { !present.contains($0.themeID) || editedThemes.contains($0.themeID) }
  }
}

/// A validation given to a theme whose arguments have changed since.
struct ReviewValidationMoved: UserFacingError {
  var key: ThemeKey
  var messageFR: String {
    "La validation du thème « \(key) » ne s'applique plus : ses arguments ont changé depuis ; "
      + "relisez-le et validez-le à nouveau."
  }
}

/// Respondents holding a theme, each once, and their stance: a respondent whose arguments in the
/// theme are all « pour » counts pour; mixed pour and contre (or any nuancé) counts nuancé. The
/// rule of the pipeline's counts (`AnalysisPipeline.count`), for views computed outside it.
public enum ThemeCounting {
  public static func count(_ argumentIDs: [ArgumentID], in arguments: [ArgumentID: Argument]) -> (
    respondents: Int, stance: StanceCounts
  ) {
    var byRespondent: [ResponseID: Set<Stance>] = [:]
    for id in argumentIDs {
      guard let argument = arguments[id] else { continue }
      byRespondent[argument.responseID, default: []].insert(argument.stance)
    }
    var stance = StanceCounts()
    for stances in byRespondent.values { stance[combined(stances)] += 1 }
    return (byRespondent.count, stance)
  }

  public static func combined(_ stances: Set<Stance>) -> Stance {
    if stances.contains(.nuance) || (stances.contains(.pour) && stances.contains(.contre)) { return .nuance }
    if stances.contains(.pour) { return .pour }
    if stances.contains(.contre) { return .contre }
    return .neutre
  }
}
