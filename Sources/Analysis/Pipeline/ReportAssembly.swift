import Foundation
import ObservatoireCore
import Privacy
import Storage

/// Gathers what a report shows from a project: the consultation, its closed-question statistics
/// (by every segment), the stored analyses as the reviewers left them (renamed, merged, split,
/// validated: `ReviewedAnalysis`) and their combined provenance, published under the project's
/// small-cell policy.
public enum ReportAssembly {
  /// The report of a project as it may leave it: every count published by the small-cell policy
  /// of `smallCellPolicy(for:explicit:)`.
  public static func report(from database: ProjectDatabase, minimumCellSize: Int? = nil) throws
    -> ConsultationReport
  {
    guard let consultation = try database.loadConsultation() else { throw PipelineError.noConsultation }
    let privacy = try database.loadPrivacySummary() ?? PrivacySummary()
    let stored = try database.loadAnalyses()
    let policy = SmallCellPolicy.resolved(
      explicit: minimumCellSize, analyses: stored.compactMap(\.analysis.minimumCellSize),
      project: privacy.minimumCellSize)
    let statistics = ClosedQuestionStatistics.compute(
      consultation: consultation, smallCells: policy, segments: consultation.segmentQuestions.map(\.id))
    let analyses = try stored.map { try reviewed($0.analysis, in: database, consultation: consultation) }
    let report = ConsultationReport(
      title: consultation.title, sourceName: consultation.sourceName,
      respondents: consultation.responses.count,
      statistics: statistics, analyses: analyses, privacy: privacy,
      provenance: combined(stored.map(\.provenance)),
      responses: consultation.responses.map { ResponseReference(id: $0.id, row: $0.row) },
      handCodedChecks: try analyses.flatMap { try handCodedChecks(question: $0.questionID, in: database) })
    return policy.publish(report)
  }

  /// The check of `question`'s reviewed themes against each person who coded its whole sample
  /// (a sample partly coded says nothing yet).
  static func handCodedChecks(question: QuestionID, in database: ProjectDatabase) throws
    -> [HandCodedCheckResult]
  {
    guard let sample = try database.codingSample(question: question)?.responses, !sample.isEmpty else {
      return []
    }
    let members = Set(sample)
    let byCoder = Dictionary(
      grouping: try database.handCodings(question: question).filter { members.contains($0.responseID) },
      by: \.coder)
    return try byCoder.keys.sorted().compactMap { coder in
      guard Set(byCoder[coder, default: []].map(\.responseID)) == members else { return nil }
      return HandCodedCheckResult(
        questionID: question, coder: coder, sampleSize: sample.count,
        agreement: try HandCodedCheck.agreement(question: question, coder: coder, in: database))
    }
  }

  /// The analysis with its reviews applied; segment counts recomputed when reviewers changed what
  /// the themes hold.
  static func reviewed(_ analysis: QuestionAnalysis, in database: ProjectDatabase, consultation: Consultation)
    throws -> QuestionAnalysis
  {
    guard let view = try database.reviewedAnalysis(question: analysis.questionID) else { return analysis }
    var result = view.analysis
    if !view.editedThemes.isEmpty {
      let arguments = Dictionary(
        result.arguments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      result.segmentCounts = ThemeSegmentCounting.counts(
        themes: result.themes.filter { $0.parentID == nil && !$0.isOther }, arguments: arguments,
        question: result.questionID, consultation: consultation)
    }
    return result
  }

  /// The small-cell policy of a command on a project: its `--k` when given, else the strictest *k*
  /// the stored analyses were run with, else the project's, else the default.
  public static func smallCellPolicy(for database: ProjectDatabase, explicit: Int? = nil) throws
    -> SmallCellPolicy
  {
    SmallCellPolicy.resolved(
      explicit: explicit, analyses: try database.analysisMinimumCellSizes(),
      project: try database.loadPrivacySummary()?.minimumCellSize)
  }

  /// One provenance for several analyses: usage summed, the rest from the latest one.
  static func combined(_ provenances: [Provenance]) -> Provenance {
    guard var latest = provenances.max(by: { $0.startedAt < $1.startedAt }) else { return Provenance() }
    latest.usage = provenances.reduce(.zero) { $0 + $1.usage }
    latest.startedAt = provenances.map(\.startedAt).min() ?? latest.startedAt
    for provenance in provenances {
      latest.prompts.merge(provenance.prompts) { current, _ in current }
    }
    return latest
  }
}
