import Foundation
import ObservatoireCore
import Storage

/// The check against a hand-coded sample, on a project: draw the sample, then compare what a
/// coder gave each response with the themes of the reviewed analysis (what will be published).
public enum HandCodedCheck {
  /// Draws `count` responses among those that answered `question` (seeded), and stores them.
  @discardableResult
  public static func drawSample(
    question: QuestionID, in database: ProjectDatabase, count: Int = CodingSample.defaultSize, seed: UInt64
  ) throws -> [ResponseID] {
    let answered = try database.freeTextAnswers(to: question).map { $0.0 }
    let sample = CodingSample.draw(from: answered, count: count, seed: seed)
    try database.saveCodingSample(sample, seed: seed, question: question)
    return sample
  }

  /// The agreement of the reviewed analysis of `question` with `coder`'s codings, over the
  /// top-level themes (« autres » included: a response the coder found no theme for).
  public static func agreement(
    question: QuestionID, coder: String, in database: ProjectDatabase,
    threshold: Double = AgreementMetrics.defaultThreshold
  ) throws -> AgreementReport {
    guard let view = try database.reviewedAnalysis(question: question) else {
      throw ReviewStoreError.noAnalysis(question: question)
    }
    let themes = view.analysis.topLevelThemes.map(\.id)
    var human: [ResponseID: Set<ThemeID>] = [:]
    for coding in try database.handCodings(question: question, coder: coder) {
      human[coding.responseID] = Set(coding.themes.compactMap { view.themeID(of: $0) })
    }
    let machine = view.analysis.assignments.mapValues(Set.init)
    return AgreementMetrics.compare(human: human, machine: machine, themes: themes, threshold: threshold)
  }
}
