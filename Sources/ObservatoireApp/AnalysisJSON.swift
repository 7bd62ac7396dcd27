import Analysis
import Foundation
import ObservatoireCore
import Reporting

/// The output of `observatoire analyse --json`: the analysis document (docs/report-schema.md),
/// with what each question's run did (cache use, checks, model use).
public enum AnalysisJSON {
  public static func document(
    runs: [PipelineRun], report: ConsultationReport, project: String, reportPath: String?
  )
    throws -> String
  {
    var summaries: [QuestionID: AnalysisDocument.RunSummary] = [:]
    for run in runs {
      var stages: [String: AnalysisDocument.StageCount] = [:]
      for (stage, tally) in run.stages {
        stages[stage.rawValue] = AnalysisDocument.StageCount(computed: tally.computed, cached: tally.cached)
      }
      summaries[run.analysis.questionID] = AnalysisDocument.RunSummary(
        stages: stages, checks: try counters(run.checks), usage: run.provenance.usage)
    }
    let document = AnalysisDocument(report, runs: summaries, project: project, reportPath: reportPath)
    return String(decoding: try document.encoded(), as: UTF8.self)
  }

  /// The run's counters by name, as `PipelineChecks` encodes them.
  public static func counters(_ checks: PipelineChecks) throws -> [String: Int] { try checks.counters() }
}
