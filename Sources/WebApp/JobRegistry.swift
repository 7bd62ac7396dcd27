import Analysis
import Foundation
import ObservatoireApp
import ObservatoireCore

/// The analysis jobs of a server: at most one per project, any number of projects at once. Each
/// job keeps its events, so that a page opened late (or reopened) replays them, then follows.
public actor JobRegistry {
  public enum State: String, Sendable {
    case running = "en cours"
    case finished = "terminée"
    case failed = "échouée"
    case cancelled = "annulée"
  }

  /// One event as a page shows it (Server-Sent Events: `event:` and `data:` lines).
  public struct Event: Sendable, Hashable {
    public var name: String
    public var data: String
  }

  final class Job: @unchecked Sendable {
    var state: State = .running
    var events: [Event] = []
    var followers: [UUID: AsyncStream<Event>.Continuation] = [:]
    var task: Task<Void, Never>?
    var lastProgress: Date = .distantPast
  }

  private var jobs: [String: Job] = [:]
  /// Called when a job ends well, to write the project's report.
  private let onFinished: @Sendable (String, AnalysisOutcome) async -> String?

  public init(onFinished: @escaping @Sendable (String, AnalysisOutcome) async -> String? = { _, _ in nil }) {
    self.onFinished = onFinished
  }

  public func state(of project: String) -> State? { jobs[project]?.state }

  /// Starts an analysis of `project`; refused while one runs for it.
  public func start(project: String, request: AnalysisRequest) throws {
    if let job = jobs[project], job.state == .running { throw WebError.jobAlreadyRunning }
    let job = Job()
    jobs[project] = job
    job.task = Task { [weak self] in
      do {
        for try await event in AnalysisJob(request).events() {
          await self?.record(event, project: project)
        }
      } catch is CancellationError {
        await self?.end(project, state: .cancelled, message: "Analyse annulée.")
      } catch {
        let message = (error as? any UserFacingError)?.messageFR ?? "Erreur inattendue : \(error)"
        await self?.end(project, state: .failed, message: message)
      }
    }
  }

  /// Stops the project's running job at its next step.
  public func cancel(project: String) throws {
    guard let job = jobs[project], job.state == .running else { throw WebError.noRunningJob }
    job.task?.cancel()
  }

  /// Past events of the project's latest job, then the next ones until it ends.
  public func follow(project: String) throws -> AsyncStream<Event> {
    guard let job = jobs[project] else { throw WebError.noJob }
    let (stream, continuation) = AsyncStream.makeStream(of: Event.self)
    for event in job.events { continuation.yield(event) }
    if job.state == .running {
      let id = UUID()
      job.followers[id] = continuation
      continuation.onTermination = { [weak self] _ in
        Task { await self?.unfollow(project: project, id: id) }
      }
    } else {
      continuation.finish()
    }
    return stream
  }

  private func unfollow(project: String, id: UUID) {
    jobs[project]?.followers[id] = nil
  }

  private func record(_ event: AnalysisEvent, project: String) async {
    guard let job = jobs[project] else { return }
    switch event {
    case .started(let questions):
      publish(
        Event(name: "debut", data: "Questions : " + questions.map(\.rawValue).joined(separator: ", ")),
        in: job)
    case .progress(let progress):
      // At most a few updates a second reach the pages; the last of each stage always does.
      let now = Date()
      guard progress.done >= progress.total || now.timeIntervalSince(job.lastProgress) > 0.25 else { return }
      job.lastProgress = now
      publish(
        Event(
          name: "progression",
          data: "\(progress.question) · \(progress.stage.labelFR) : \(progress.done)/\(progress.total)"),
        in: job)
    case .questionAnalysed(let run):
      let themes = run.analysis.topLevelThemes.count { !$0.isOther }
      publish(
        Event(
          name: "question",
          data:
            "\(run.analysis.questionID) analysée : \(frenchCount(run.analysis.arguments.count, "argument")), "
            + frenchCount(themes, "thème")),
        in: job)
    case .finished(let outcome):
      let reportNote = await onFinished(project, outcome)
      end(project, state: .finished, message: reportNote ?? "Analyse terminée.")
    }
  }

  private func end(_ project: String, state: State, message: String) {
    guard let job = jobs[project], job.state == .running else { return }
    job.state = state
    publish(Event(name: "fin", data: "\(state.rawValue) — \(message)"), in: job)
    for continuation in job.followers.values { continuation.finish() }
    job.followers.removeAll()
  }

  private func publish(_ event: Event, in job: Job) {
    job.events.append(event)
    for continuation in job.followers.values { continuation.yield(event) }
  }
}
