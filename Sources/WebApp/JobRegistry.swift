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

  /// What a project's folder keeps of its latest job (`analyse.json`), so that a server stopped
  /// during a job says so after a restart instead of forgetting it.
  struct Record: Codable {
    var state: String
    var message: String
    var date: Date
  }

  private var jobs: [String: Job] = [:]
  /// Where each project's job record is written (nil: nowhere, jobs are forgotten on restart).
  private let recordFile: @Sendable (String) -> URL?
  /// Called when a job ends well, to write the project's report.
  private let onFinished: @Sendable (String, AnalysisOutcome) async -> String?

  public init(
    recordFile: @escaping @Sendable (String) -> URL? = { _ in nil },
    onFinished: @escaping @Sendable (String, AnalysisOutcome) async -> String? = { _, _ in nil }
  ) {
    self.recordFile = recordFile
    self.onFinished = onFinished
  }

  public func state(of project: String) -> State? {
    if let job = jobs[project] { return job.state }
    return restored(project)?.state
  }

  /// The last message of the project's latest job (its end, or why it stopped).
  public func lastMessage(of project: String) -> String? {
    if let job = jobs[project] { return job.events.last?.data }
    return restored(project).map { "\($0.state.rawValue) — \($0.message)" }
  }

  /// A job recorded by an earlier run of the server; one still « en cours » there was cut short
  /// when that server stopped: the analysis kept every finished step in the project's cache, and
  /// a new run resumes from them.
  private func restored(_ project: String) -> (state: State, message: String)? {
    guard let url = recordFile(project), let data = try? Data(contentsOf: url),
      let record = try? JSONDecoder().decode(Record.self, from: data),
      let state = State(rawValue: record.state)
    else { return nil }
    if state == .running {
      return (
        .failed,
        "le serveur s'est arrêté pendant l'analyse ; relancez-la : les étapes déjà calculées sont gardées."
      )
    }
    return (state, record.message)
  }

  private func save(_ project: String, state: State, message: String) {
    guard let url = recordFile(project) else { return }
    let record = Record(state: state.rawValue, message: message, date: Date())
    try? JSONEncoder().encode(record).write(to: url, options: .atomic)
  }

  /// Starts an analysis of `project`; refused while one runs for it.
  public func start(project: String, request: AnalysisRequest) throws {
    if let job = jobs[project], job.state == .running { throw WebError.jobAlreadyRunning }
    let job = Job()
    jobs[project] = job
    save(project, state: .running, message: "Analyse en cours.")
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
    guard let job = jobs[project] else {
      guard let message = lastMessage(of: project) else { throw WebError.noJob }
      // A job of an earlier run of the server: its end only.
      let (stream, continuation) = AsyncStream.makeStream(of: Event.self)
      continuation.yield(Event(name: "fin", data: message))
      continuation.finish()
      return stream
    }
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
          data: "\(progress.question) · \(progress.stage.labelFR) : \(progress.done)/\(progress.total)"
            + (progress.calls.map { " · appels au modèle \($0.done)/\($0.total)" } ?? "")),
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
    save(project, state: state, message: message)
    publish(Event(name: "fin", data: "\(state.rawValue) — \(message)"), in: job)
    for continuation in job.followers.values { continuation.finish() }
    job.followers.removeAll()
  }

  private func publish(_ event: Event, in job: Job) {
    job.events.append(event)
    for continuation in job.followers.values { continuation.yield(event) }
  }
}
