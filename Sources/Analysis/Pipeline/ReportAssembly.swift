import Foundation
import ObservatoireCore
import Storage

/// Gathers what a report shows from a project: the consultation, its closed-question statistics
/// (by every segment, honouring *k*), the stored analyses and their combined provenance.
public enum ReportAssembly {
  public static func report(from database: ProjectDatabase, minimumCellSize: Int? = nil) throws
    -> ConsultationReport
  {
    guard let consultation = try database.loadConsultation() else { throw PipelineError.noConsultation }
    var privacy = try database.loadPrivacySummary() ?? PrivacySummary()
    if let minimumCellSize { privacy.minimumCellSize = minimumCellSize }
    let statistics = ClosedQuestionStatistics.compute(
      consultation: consultation, minimumCellSize: privacy.minimumCellSize,
      segments: consultation.segmentQuestions.map(\.id))
    let stored = try database.loadAnalyses()
    return ConsultationReport(
      title: consultation.title, sourceName: consultation.sourceName,
      respondents: consultation.responses.count,
      statistics: statistics, analyses: stored.map(\.analysis), privacy: privacy,
      provenance: combined(stored.map(\.provenance)),
      responses: consultation.responses.map { ResponseReference(id: $0.id, row: $0.row) })
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
