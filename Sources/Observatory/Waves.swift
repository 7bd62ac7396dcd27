import Analysis
import Foundation
import Inference
import ObservatoireCore
import Privacy

/// Exact counts of a closed question in a wave (kept in the project, published only through the
/// small-cell rule), overall and by each segment's values.
public struct ClosedQuestionSnapshot: Sendable, Hashable, Codable {
  public struct SegmentValue: Sendable, Hashable, Codable {
    public var segment: String
    public var segmentTitle: String
    public var value: String
    public var answered: Int
    public var counts: [String: Int]
  }
  public var code: String
  public var title: String
  public var kind: QuestionKind
  public var options: [String]
  public var answered: Int
  public var counts: [String: Int]
  public var bySegment: [SegmentValue]
}

/// A top-level theme of a wave: its label, size, and the centroid of its arguments' embeddings
/// (their mean, not normalised), which is what themes are matched by across waves.
public struct ThemeSnapshot: Sendable, Hashable, Codable {
  public var label: String
  public var respondents: Int
  public var arguments: Int
  public var centroid: [Float]
  /// A few masked quotes, for the reader.
  public var examples: [String]
  /// Who validated it in the wave's own review, if anyone.
  public var validatedBy: String?

  public init(
    label: String, respondents: Int, arguments: Int, centroid: [Float], examples: [String],
    validatedBy: String?
  ) {
    self.label = label
    self.respondents = respondents
    self.arguments = arguments
    self.centroid = centroid
    self.examples = examples
    self.validatedBy = validatedBy
  }
}

public struct OpenQuestionSnapshot: Sendable, Hashable, Codable {
  public var code: String
  public var title: String
  public var answered: Int
  public var themes: [ThemeSnapshot]
  /// The embedding model the centroids come from: waves are compared only with the same one.
  public var embeddingModel: String
  /// The mean of all the question's argument embeddings (themes and « autres »), and how many:
  /// the comparison removes the pooled mean of both waves before measuring how close two
  /// centroids are (see `WaveComparer.centredCosine`).
  public var meanVector: [Float]
  public var argumentCount: Int

  public init(
    code: String, title: String, answered: Int, themes: [ThemeSnapshot], embeddingModel: String,
    meanVector: [Float], argumentCount: Int
  ) {
    self.code = code
    self.title = title
    self.answered = answered
    self.themes = themes
    self.embeddingModel = embeddingModel
    self.meanVector = meanVector
    self.argumentCount = argumentCount
  }
}

/// What a series keeps of one wave: closed-question counts, free-text themes with centroids.
public struct WaveSnapshot: Sendable, Hashable, Codable {
  public var series: String
  public var wave: String
  public var position: Int
  public var sourceName: String
  public var respondents: Int
  public var closed: [ClosedQuestionSnapshot]
  public var open: [OpenQuestionSnapshot]

  public init(
    series: String, wave: String, position: Int, sourceName: String, respondents: Int,
    closed: [ClosedQuestionSnapshot], open: [OpenQuestionSnapshot]
  ) {
    self.series = series
    self.wave = wave
    self.position = position
    self.sourceName = sourceName
    self.respondents = respondents
    self.closed = closed
    self.open = open
  }

  /// Takes a wave from an imported, analysed consultation. Each top-level theme's centroid is the
  /// mean of its arguments' embeddings by `embedder` (the same model for every wave of a series);
  /// the question keeps the mean of all its arguments' embeddings.
  public static func make(
    series: String, wave: String, position: Int, consultation: Consultation, analyses: [QuestionAnalysis],
    embedder: any Embedder
  ) async throws -> WaveSnapshot {
    let segments = consultation.segmentQuestions
    var closed: [ClosedQuestionSnapshot] = []
    for question in consultation.questions
    where [.singleChoice, .multipleChoice, .scale].contains(question.kind) {
      func values(_ response: Response) -> [String] {
        switch response.answers[question.id] {
        case .choice(let value): [value]
        case .choices(let values): values
        case .number(let number):
          [number == number.rounded() ? String(Int(number)) : String(number)]
        default: []
        }
      }
      var counts: [String: Int] = [:]
      var answered = 0
      var bySegment: [String: ClosedQuestionSnapshot.SegmentValue] = [:]
      var segmentOrder: [String] = []
      for response in consultation.responses {
        let chosen = values(response)
        guard !chosen.isEmpty else { continue }
        answered += 1
        for value in chosen { counts[value, default: 0] += 1 }
        for segment in segments where segment.id != question.id {
          guard case .choice(let value) = response.answers[segment.id] else { continue }
          let key = segment.id.rawValue + "\u{1F}" + value
          if bySegment[key] == nil {
            segmentOrder.append(key)
            bySegment[key] = .init(
              segment: segment.id.rawValue, segmentTitle: segment.title, value: value, answered: 0,
              counts: [:])
          }
          bySegment[key]?.answered += 1
          for option in chosen { bySegment[key]?.counts[option, default: 0] += 1 }
        }
      }
      var options = question.options
      for value in counts.keys.sorted() where !options.contains(value) { options.append(value) }
      closed.append(
        ClosedQuestionSnapshot(
          code: question.id.rawValue, title: question.title, kind: question.kind, options: options,
          answered: answered, counts: counts, bySegment: segmentOrder.compactMap { bySegment[$0] }))
    }
    var open: [OpenQuestionSnapshot] = []
    for analysis in analyses {
      let arguments = Dictionary(analysis.arguments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      var vectorOf: [ArgumentID: [Float]] = [:]
      let batch = 64
      for start in stride(from: 0, to: analysis.arguments.count, by: batch) {
        let slice = Array(analysis.arguments[start..<min(start + batch, analysis.arguments.count)])
        let vectors = try await embedder.embed(slice.map(\.text), role: .passage)
        for (argument, vector) in zip(slice, vectors) { vectorOf[argument.id] = vector }
      }
      var themes: [ThemeSnapshot] = []
      for theme in analysis.themes where theme.parentID == nil && !theme.isOther {
        let members = theme.argumentIDs.compactMap { arguments[$0] }
        guard !members.isEmpty else { continue }
        themes.append(
          ThemeSnapshot(
            label: theme.label, respondents: theme.respondents, arguments: members.count,
            centroid: Self.mean(members.compactMap { vectorOf[$0.id] }),
            examples: Array(Publication.distinct(members.map(\.quoteText)).prefix(3)),
            validatedBy: theme.validation?.analyst))
      }
      open.append(
        OpenQuestionSnapshot(
          code: analysis.questionID.rawValue, title: analysis.title, answered: analysis.answered,
          themes: themes,
          embeddingModel: embedder.modelDescription, meanVector: Self.mean(Array(vectorOf.values)),
          argumentCount: vectorOf.count))
    }
    return WaveSnapshot(
      series: series, wave: wave, position: position, sourceName: consultation.sourceName,
      respondents: consultation.responses.count, closed: closed, open: open)
  }

  /// The mean of vectors (empty for none).
  public static func mean(_ vectors: [[Float]]) -> [Float] {
    guard let width = vectors.first?.count else { return [] }
    var sum = [Float](repeating: 0, count: width)
    for vector in vectors { for index in 0..<min(width, vector.count) { sum[index] += vector[index] } }
    return sum.map { $0 / Float(vectors.count) }
  }
}

// MARK: - Matching questions

/// How a question of the later wave was matched to one of the earlier wave.
public enum QuestionMatchMethod: String, Sendable, Hashable, Codable {
  case code = "code"
  case wording = "libellé"
  case file = "fichier de correspondance"
}

public struct QuestionMatch: Sendable, Hashable, Codable {
  public var earlierCode: String
  public var laterCode: String
  public var earlierTitle: String
  public var laterTitle: String
  public var method: QuestionMatchMethod
  /// Share of words in common (Jaccard) between the two wordings.
  public var wordingSimilarity: Double
}

/// Confirmed or corrected matches, from a YAML or JSON file:
/// `questions: { Q7: Q5, Q9: null }` — later wave's code → earlier wave's code (null: not the
/// same question).
public struct QuestionMapping: Sendable, Hashable {
  public var pairs: [String: String?]
  public init(pairs: [String: String?] = [:]) { self.pairs = pairs }
}

public enum QuestionMatcher {
  /// The wording similarity above which two questions of different codes are taken as the same.
  public static let wordingThreshold = 0.6

  /// Matches questions of the same family (closed with closed, free text with free text): the
  /// mapping file first, then the same code, then the closest wording at or above
  /// `wordingThreshold`. Each earlier question is matched at most once.
  public static func match(
    earlier: [(code: String, title: String)], later: [(code: String, title: String)],
    mapping: QuestionMapping = QuestionMapping()
  ) -> [QuestionMatch] {
    var used: Set<String> = []
    var matches: [QuestionMatch] = []
    let earlierTitles = Dictionary(earlier.map { ($0.code, $0.title) }, uniquingKeysWith: { a, _ in a })
    var pending: [(code: String, title: String)] = []
    for question in later {
      if let mapped = mapping.pairs[question.code] {
        if let target = mapped, let title = earlierTitles[target], !used.contains(target) {
          used.insert(target)
          matches.append(
            QuestionMatch(
              earlierCode: target, laterCode: question.code, earlierTitle: title, laterTitle: question.title,
              method: .file, wordingSimilarity: similarity(title, question.title)))
        }
        continue
      }
      pending.append(question)
    }
    var unmatched: [(code: String, title: String)] = []
    for question in pending {
      if let title = earlierTitles[question.code], !used.contains(question.code) {
        used.insert(question.code)
        matches.append(
          QuestionMatch(
            earlierCode: question.code, laterCode: question.code, earlierTitle: title,
            laterTitle: question.title,
            method: .code, wordingSimilarity: similarity(title, question.title)))
      } else {
        unmatched.append(question)
      }
    }
    for question in unmatched {
      let best = earlier.filter { !used.contains($0.code) }
        .map { ($0, similarity($0.title, question.title)) }
        .max { $0.1 < $1.1 }
      if let best, best.1 >= wordingThreshold {
        let (candidate, score) = best
        used.insert(candidate.code)
        matches.append(
          QuestionMatch(
            earlierCode: candidate.code, laterCode: question.code, earlierTitle: candidate.title,
            laterTitle: question.title, method: .wording, wordingSimilarity: score))
      }
    }
    return matches
  }

  /// Jaccard similarity of the two wordings' words (folded, three letters or more).
  public static func similarity(_ a: String, _ b: String) -> Double {
    let x = FoldedText.words(a)
    let y = FoldedText.words(b)
    guard !x.isEmpty || !y.isEmpty else { return 1 }
    return Double(x.intersection(y).count) / Double(x.union(y).count)
  }
}

// MARK: - Comparing

/// A share as published: count and base (nil when masked), share and its Wilson 95 % interval.
public struct PublishedShare: Sendable, Hashable, Codable {
  public var count: Int?
  public var base: Int?
  public var share: Double?
  public var lower: Double?
  public var upper: Double?

  static func make(count: Int?, base: Int?) -> PublishedShare {
    guard let count, let base, base > 0,
      let interval = StatisticalFunctions.wilsonInterval(successes: count, trials: base)
    else { return PublishedShare(count: count, base: base) }
    return PublishedShare(
      count: count, base: base, share: Double(count) / Double(base), lower: interval.lower,
      upper: interval.upper)
  }
}

/// The change between two published shares: the difference in points with Newcombe's hybrid
/// score interval (from the two Wilson intervals), and the two-sided p-value of the
/// two-proportion z test. Nil where either share is masked.
public struct ShareChange: Sendable, Hashable, Codable {
  public var difference: Double?
  public var lower: Double?
  public var upper: Double?
  public var pValue: Double?

  static func between(_ a: PublishedShare, _ b: PublishedShare) -> ShareChange {
    guard let p1 = a.share, let l1 = a.lower, let u1 = a.upper, let n1 = a.base, let c1 = a.count,
      let p2 = b.share, let l2 = b.lower, let u2 = b.upper, let n2 = b.base, let c2 = b.count
    else { return ShareChange() }
    let d = p2 - p1
    let lower = d - ((p2 - l2) * (p2 - l2) + (u1 - p1) * (u1 - p1)).squareRoot()
    let upper = d + ((u2 - p2) * (u2 - p2) + (p1 - l1) * (p1 - l1)).squareRoot()
    let pooled = Double(c1 + c2) / Double(n1 + n2)
    let se = (pooled * (1 - pooled) * (1 / Double(n1) + 1 / Double(n2))).squareRoot()
    let p: Double? = se > 0 ? erfc(abs(d / se) / 2.0.squareRoot()) : nil
    return ShareChange(difference: d, lower: lower, upper: upper, pValue: p)
  }

  init(difference: Double? = nil, lower: Double? = nil, upper: Double? = nil, pValue: Double? = nil) {
    self.difference = difference
    self.lower = lower
    self.upper = upper
    self.pValue = pValue
  }
}

public struct OptionChange: Sendable, Hashable, Codable {
  public var option: String
  public var earlier: PublishedShare
  public var later: PublishedShare
  public var change: ShareChange
}

/// A closed question in both waves, overall or within one segment value.
public struct ClosedComparison: Sendable, Hashable, Codable {
  public var code: String
  public var title: String
  /// nil for all respondents; else « segment title = value ».
  public var segment: String?
  public var options: [OptionChange]
  /// Chi-square test of homogeneity (waves × options) on exact counts, published only when both
  /// bases reach *k*; nil otherwise or for multiple choice.
  public var chiSquare: Double?
  public var pValue: Double?
}

public enum ThemeStatus: String, Sendable, Hashable, Codable {
  case continuing = "continu"
  case new = "nouveau"
  case fading = "en retrait"
}

public struct ThemeChange: Sendable, Hashable, Codable {
  public var status: ThemeStatus
  public var earlierLabel: String?
  public var laterLabel: String?
  /// The cosine of the two centroids (continuing), or of the closest theme on the other side.
  public var similarity: Double
  public var earlier: PublishedShare
  public var later: PublishedShare
  public var change: ShareChange
}

public struct OpenComparison: Sendable, Hashable, Codable {
  public var code: String
  public var title: String
  public var themes: [ThemeChange]
}

/// Two waves of a series side by side.
public struct WaveComparison: Sendable, Hashable, Codable {
  public var series: String
  public var earlier: String
  public var later: String
  public var minimumCellSize: Int
  public var themeThreshold: Double
  public var matches: [QuestionMatch]
  public var closed: [ClosedComparison]
  public var open: [OpenComparison]
  /// Questions of one wave that found no partner.
  public var unmatchedEarlier: [String]
  public var unmatchedLater: [String]
  /// What the reader must know (in French): e.g. themes not compared because the two waves'
  /// centroids come from different embedding models.
  public var warnings: [String] = []
}

public enum WaveComparer {
  /// The default centred cosine at or above which a theme of the later wave continues one of
  /// the earlier wave (multilingual-e5-small). Calibrated on real answers (République numérique
  /// and Lille's Grand Débat): see docs/observatoire.md (« Theme threshold »).
  public static let defaultThemeThreshold = 0.5

  public static func compare(
    _ a: WaveSnapshot, _ b: WaveSnapshot, policy: SmallCellPolicy,
    themeThreshold: Double = defaultThemeThreshold,
    mapping: QuestionMapping = QuestionMapping()
  ) -> WaveComparison {
    let closedMatches = QuestionMatcher.match(
      earlier: a.closed.map { ($0.code, $0.title) }, later: b.closed.map { ($0.code, $0.title) },
      mapping: mapping)
    let openMatches = QuestionMatcher.match(
      earlier: a.open.map { ($0.code, $0.title) }, later: b.open.map { ($0.code, $0.title) }, mapping: mapping
    )
    var closed: [ClosedComparison] = []
    for match in closedMatches {
      guard let x = a.closed.first(where: { $0.code == match.earlierCode }),
        let y = b.closed.first(where: { $0.code == match.laterCode })
      else { continue }
      var options = x.options
      for option in y.options where !options.contains(option) { options.append(option) }
      closed.append(
        compareClosed(
          code: y.code, title: y.title, segment: nil, options: options, exclusive: y.kind != .multipleChoice,
          earlier: (x.answered, x.counts), later: (y.answered, y.counts), policy: policy))
      for value in y.bySegment {
        guard
          let before = x.bySegment.first(where: { $0.segment == value.segment && $0.value == value.value })
        else { continue }
        closed.append(
          compareClosed(
            code: y.code, title: y.title, segment: "\(value.segmentTitle) = \(value.value)", options: options,
            exclusive: y.kind != .multipleChoice, earlier: (before.answered, before.counts),
            later: (value.answered, value.counts), policy: policy))
      }
    }
    var open: [OpenComparison] = []
    var warnings: [String] = []
    for match in openMatches {
      guard let x = a.open.first(where: { $0.code == match.earlierCode }),
        let y = b.open.first(where: { $0.code == match.laterCode })
      else { continue }
      guard x.embeddingModel == y.embeddingModel else {
        warnings.append(
          "Thèmes de \(y.code) non comparés : les centres viennent de deux modèles de plongements différents "
            + "(« \(x.embeddingModel) » et « \(y.embeddingModel) ») ; ajoutez de nouveau les deux vagues avec le même."
        )
        continue
      }
      open.append(
        OpenComparison(
          code: y.code, title: y.title,
          themes: compareThemes(earlier: x, later: y, threshold: themeThreshold, policy: policy)))
    }
    let matchedEarlier = Set((closedMatches + openMatches).map(\.earlierCode))
    let matchedLater = Set((closedMatches + openMatches).map(\.laterCode))
    return WaveComparison(
      series: b.series, earlier: a.wave, later: b.wave, minimumCellSize: policy.minimumCellSize,
      themeThreshold: themeThreshold, matches: closedMatches + openMatches, closed: closed, open: open,
      unmatchedEarlier: (a.closed.map(\.code) + a.open.map(\.code)).filter { !matchedEarlier.contains($0) },
      unmatchedLater: (b.closed.map(\.code) + b.open.map(\.code)).filter { !matchedLater.contains($0) },
      warnings: warnings)
  }

  public static func compareClosed(
    code: String, title: String, segment: String?, options: [String], exclusive: Bool,
    earlier: (answered: Int, counts: [String: Int]), later: (answered: Int, counts: [String: Int]),
    policy: SmallCellPolicy
  ) -> ClosedComparison {
    func published(_ side: (answered: Int, counts: [String: Int])) -> [PublishedShare] {
      let hidden = side.answered < policy.minimumCellSize
      let cells = policy.mask(
        options.map { side.counts[$0] ?? 0 }, forced: options.map { _ in hidden }, addsUp: exclusive)
      return cells.map { PublishedShare.make(count: $0, base: side.answered) }
    }
    let before = published(earlier)
    let after = published(later)
    var comparison = ClosedComparison(
      code: code, title: title, segment: segment,
      options: options.indices.map { index in
        OptionChange(
          option: options[index], earlier: before[index], later: after[index],
          change: ShareChange.between(before[index], after[index]))
      })
    if exclusive, earlier.answered >= policy.minimumCellSize, later.answered >= policy.minimumCellSize,
      let test = StatisticalFunctions.chiSquareTest([
        options.map { earlier.counts[$0] ?? 0 }, options.map { later.counts[$0] ?? 0 },
      ])
    {
      comparison.chiSquare = test.statistic
      comparison.pValue = test.pValue
    }
    return comparison
  }

  /// Each later theme whose closest earlier theme (centred cosine of the centroids) reaches
  /// `threshold` continues it; the other later themes are new; an earlier theme that no later
  /// theme reaches is fading; one reached without being any later theme's closest is listed with
  /// the later theme closest to it. Several later themes may continue one earlier theme (the clustering
  /// of one wave may split what the other kept whole): measured on the bundled example, a
  /// one-to-one pairing reported split themes as new and fading at once. Prevalence: respondents
  /// over the question's answers, published under the small-cell rule.
  public static func compareThemes(
    earlier: OpenQuestionSnapshot, later: OpenQuestionSnapshot, threshold: Double, policy: SmallCellPolicy
  ) -> [ThemeChange] {
    let pooled = pooledMean(earlier, later)
    let similarity = later.themes.map { b in
      earlier.themes.map { a in centredCosine(a.centroid, b.centroid, around: pooled) }
    }
    var laterUsed: [Int: (Int, Double)] = [:]
    var earlierUsed: Set<Int> = []
    for (i, row) in similarity.enumerated() {
      if let best = row.indices.max(by: { (row[$0], $1) < (row[$1], $0) }), row[best] >= threshold {
        laterUsed[i] = (best, row[best])
      }
      for (j, score) in row.enumerated() where score >= threshold { earlierUsed.insert(j) }
    }
    func share(_ theme: ThemeSnapshot?, answered: Int) -> PublishedShare {
      // A theme absent from a wave has no prevalence there (its ideas may sit in other themes).
      guard let theme else { return PublishedShare(count: nil, base: answered) }
      return PublishedShare.make(count: policy.mask([theme.respondents], addsUp: false)[0], base: answered)
    }
    var changes: [ThemeChange] = []
    for (i, theme) in later.themes.enumerated() {
      let after = share(theme, answered: later.answered)
      if case (let j, let score)? = laterUsed[i] {
        let before = share(earlier.themes[j], answered: earlier.answered)
        changes.append(
          ThemeChange(
            status: .continuing, earlierLabel: earlier.themes[j].label, laterLabel: theme.label,
            similarity: score,
            earlier: before, later: after, change: .between(before, after)))
      } else {
        let before = share(nil, answered: earlier.answered)
        changes.append(
          ThemeChange(
            status: .new, earlierLabel: nil, laterLabel: theme.label, similarity: similarity[i].max() ?? 0,
            earlier: before, later: after, change: .between(before, after)))
      }
    }
    // An earlier theme that a later theme reaches without being its closest continues too,
    // paired with the later theme closest to it.
    let paired = Set(laterUsed.values.map(\.0))
    for j in earlierUsed.subtracting(paired).sorted() {
      guard let i = similarity.indices.max(by: { (similarity[$0][j], $1) < (similarity[$1][j], $0) }) else {
        continue
      }
      let before = share(earlier.themes[j], answered: earlier.answered)
      let after = share(later.themes[i], answered: later.answered)
      changes.append(
        ThemeChange(
          status: .continuing, earlierLabel: earlier.themes[j].label, laterLabel: later.themes[i].label,
          similarity: similarity[i][j], earlier: before, later: after, change: .between(before, after)))
    }
    for (j, theme) in earlier.themes.enumerated() where !earlierUsed.contains(j) {
      let before = share(theme, answered: earlier.answered)
      let after = share(nil, answered: later.answered)
      changes.append(
        ThemeChange(
          status: .fading, earlierLabel: theme.label, laterLabel: nil,
          similarity: similarity.map { $0[j] }.max() ?? 0, earlier: before, later: after,
          change: .between(before, after)))
    }
    return changes
  }

  /// The mean of all arguments of both waves, weighted by their numbers.
  public static func pooledMean(_ a: OpenQuestionSnapshot, _ b: OpenQuestionSnapshot) -> [Float] {
    guard a.meanVector.count == b.meanVector.count, a.argumentCount + b.argumentCount > 0 else { return [] }
    let wa = Float(a.argumentCount) / Float(a.argumentCount + b.argumentCount)
    return a.meanVector.indices.map { wa * a.meanVector[$0] + (1 - wa) * b.meanVector[$0] }
  }

  /// The cosine of two centroids once the pooled mean of both waves is removed. Sentence
  /// embeddings share a large common direction (all centroids of e5-small lie within a cosine of
  /// 0.95–0.99 of each other, measured), so the raw cosine cannot tell topics apart; centred, the
  /// same centroids spread out and same-topic pairs stand apart.
  public static func centredCosine(_ a: [Float], _ b: [Float], around mean: [Float]) -> Double {
    guard mean.count == a.count, mean.count == b.count else { return cosine(a, b) }
    return cosine(a.indices.map { a[$0] - mean[$0] }, b.indices.map { b[$0] - mean[$0] })
  }

  public static func cosine(_ a: [Float], _ b: [Float]) -> Double {
    guard a.count == b.count, !a.isEmpty else { return 0 }
    var dot: Float = 0
    var na: Float = 0
    var nb: Float = 0
    for index in a.indices {
      dot += a[index] * b[index]
      na += a[index] * a[index]
      nb += b[index] * b[index]
    }
    let norm = (na * nb).squareRoot()
    return norm > 0 ? Double(dot / norm) : 0
  }
}
