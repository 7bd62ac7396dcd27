import Analysis
import Foundation
import ObservatoireApp
import ObservatoireCore
import Privacy
import Reporting
import Storage
import TestSupport
import Testing

/// The application layer driven as a web app or a scheduled job would: no command line.
@Suite(.serialized) struct ApplicationTests {
  static let example = Fixtures.repositoryRoot.appendingPathComponent("examples/enseignants-ia.csv")

  /// The header and the first `rows` responses of the bundled example.
  static func exampleHead(rows: Int, in folder: URL) throws -> URL {
    let lines = try String(contentsOf: example, encoding: .utf8).split(separator: "\n")
    let url = folder.appendingPathComponent("extrait.csv")
    try Data((lines.prefix(rows + 1).joined(separator: "\n") + "\n").utf8).write(to: url)
    return url
  }

  /// A project imported from the first `rows` responses of the bundled example, in `folder`.
  static func importedExample(rows: Int, in folder: URL) async throws -> String {
    let file = try exampleHead(rows: rows, in: folder)
    let project = folder.appendingPathComponent("p.observatoire").path
    _ = try await ProjectImport(file: file.path, project: project).run()
    return project
  }

  static func rulesRequest(project: String) throws -> AnalysisRequest {
    var settings = try ModelSettings.resolve(
      ModelOverrides(embedder: Fixtures.model(Fixtures.e5Small).path, threads: 1),
      currentDirectory: FileManager.default.temporaryDirectory, environment: [:])
    settings.generator = "/nonexistent.gguf"  // never loaded by the rules method
    var request = AnalysisRequest(project: project, models: settings)
    request.method = .rules
    return request
  }

  // MARK: Model configuration

  @Test func overridesWinOverTheFileWhichWinsOverTheDefaults() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let environment = ["OBSERVATOIRE_MODELS": folder.appendingPathComponent("modeles").path]

    // Defaults: the models setup installs, in the models folder.
    let defaults = try ModelSettings.resolve(currentDirectory: folder, environment: environment)
    #expect(
      defaults.generator
        == folder.appendingPathComponent("modeles/\(ModelSettings.defaultGeneratorFile)").path)
    #expect(defaults.wattsPerCore == 15)
    #expect(defaults.configurationFile == nil)
    #expect(defaults.threadsFollowFreeCores, "no flag, no file: the threads follow the free cores")

    // observatoire.yaml in the current folder overrides them; its paths are relative to it.
    try """
    generator: http://127.0.0.1:8080
    embedder: e5.gguf
    threads: 3
    parallel: 6
    watts_per_core: 9.5
    """.write(to: folder.appendingPathComponent("observatoire.yaml"), atomically: true, encoding: .utf8)
    let fromFile = try ModelSettings.resolve(currentDirectory: folder, environment: environment)
    #expect(fromFile.generator == "http://127.0.0.1:8080")
    #expect(fromFile.embedder == folder.appendingPathComponent("e5.gguf").path)
    #expect(fromFile.threads == 3)
    #expect(fromFile.measuringFreeCores().threads == 3, "a count set in the file is kept at load time")
    #expect(fromFile.parallelSequences == 6)
    #expect(fromFile.wattsPerCore == 9.5)
    #expect(fromFile.configurationFile?.hasSuffix("observatoire.yaml") == true)

    // Overrides (a command's flags) win over the file, key by key; the rest stays from the file.
    let overridden = try ModelSettings.resolve(
      ModelOverrides(embedder: "/modeles/autre.gguf", threads: 1, concurrency: 2),
      currentDirectory: folder, environment: environment)
    #expect(overridden.generator == "http://127.0.0.1:8080")
    #expect(overridden.embedder == "/modeles/autre.gguf")
    #expect(overridden.threads == 1)
    #expect(overridden.measuringFreeCores().threads == 1)
    #expect(overridden.parallelSequences == 2)
    #expect(overridden.maxConcurrentRequests == 2)
    #expect(overridden.wattsPerCore == 9.5)

    // A file named explicitly replaces observatoire.yaml.
    let other = folder.appendingPathComponent("autre.yaml")
    try "threads: 5\n".write(to: other, atomically: true, encoding: .utf8)
    let explicit = try ModelSettings.resolve(
      ModelOverrides(configurationFile: other.path), currentDirectory: folder, environment: environment)
    #expect(explicit.threads == 5)
    #expect(explicit.generator == defaults.generator)
  }

  @Test func aSynthesisModelIsUsedOnlyWhenNamed() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let models = folder.appendingPathComponent("modeles")
    let environment = ["OBSERVATOIRE_MODELS": models.path]
    try FileManager.default.createDirectory(at: models, withIntermediateDirectories: true)
    try Data("gguf".utf8).write(to: models.appendingPathComponent(ModelSettings.defaultSynthesisFile))

    #expect(
      try ModelSettings.resolve(currentDirectory: folder, environment: environment).synthesisGenerator == nil,
      "installed but not named: the generator writes everything")

    let named = try ModelSettings.resolve(
      ModelOverrides(generator: "http://127.0.0.1:8080", synthesisGenerator: "grand.gguf"),
      currentDirectory: folder, environment: environment)
    #expect(named.synthesisGenerator == folder.appendingPathComponent("grand.gguf").path)
    #expect(named.generator == "http://127.0.0.1:8080")

    // The file's key; the same model as the generator is no second model.
    try "synthesis_generator: http://127.0.0.1:9090\n".write(
      to: folder.appendingPathComponent("observatoire.yaml"), atomically: true, encoding: .utf8)
    #expect(
      try ModelSettings.resolve(currentDirectory: folder, environment: environment).synthesisGenerator
        == "http://127.0.0.1:9090")
    let same = try ModelSettings.resolve(
      ModelOverrides(generator: "/m/petit.gguf", synthesisGenerator: "/m/petit.gguf"),
      currentDirectory: folder, environment: environment)
    #expect(same.synthesisGenerator == nil)
  }

  @Test func aBadConfigurationFileIsRefusedInFrenchWithItsLine() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "threads: 2\nmodele: x\n".write(
      to: folder.appendingPathComponent("observatoire.yaml"), atomically: true, encoding: .utf8)
    #expect {
      try ModelSettings.resolve(currentDirectory: folder, environment: [:])
    } throws: { error in
      let message = (error as? ModelSettingsError)?.messageFR ?? ""
      return message.contains("ligne 2") && message.contains("clé inconnue « modele »")
    }
  }

  // MARK: Import

  @Test func importRunsOffTheCooperativePoolAndReportsProgress() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.exampleHead(rows: 40, in: folder)
    let project = folder.appendingPathComponent("p.observatoire").path
    let recorder = EventRecorder<ImportEvent>()
    let result = try await ProjectImport(file: file.path, project: project).run { event in
      // No Swift task runs the callback: it comes from the import's own thread.
      recorder.append(event, thread: withUnsafeCurrentTask { $0 == nil } ? "hors tâche" : "tâche")
    }
    #expect(result.summary.responseCount == 40)
    #expect(result.project == project)
    let (events, threads) = recorder.snapshot
    guard case .reading(let name, let bytes)? = events.first else {
      Issue.record("first event: \(String(describing: events.first))")
      return
    }
    #expect(name == "extrait.csv")
    #expect((bytes ?? 0) > 1000)
    guard case .stored(let done, let total)? = events.last else {
      Issue.record("last event: \(String(describing: events.last))")
      return
    }
    #expect(done == 40 && total == 40)
    // Every event comes from the import's own thread, not from a task of the cooperative pool.
    #expect(Set(threads) == ["hors tâche"])
    let database = try ProjectDatabase.openExisting(path: project)
    #expect(try database.loadConsultation()?.responses.count == 40)
  }

  /// Two answers with an address look like two choices, and an « adresse e-mail » column is
  /// metadata: neither is free text, yet both are masked before anything is stored. A real
  /// segment keeps its options and the response identifier stays as written.
  @Test func identifiersOutsideFreeTextAreMaskedAtImport() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let rows = [
      "id;submitdate;Adresse e-mail;Académie;Précisions",
      "r1;05/03/2024 14:02;claire.martin@ac-lille.fr;Lille;Écrire au 12 rue des Lilas, 59000 Lille, établissement 0590123A",
      "r2;05/03/2024 14:09;j.dupont@gmail.com;Amiens;",
      "r3;06/03/2024 09:15;;Lille;Joignable au 06 12 34 56 78 ou à direction@college-exemple.fr",
      "r4;06/03/2024 09:20;;Amiens;",
    ]
    let file = folder.appendingPathComponent("export.csv")
    try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: file)
    let project = folder.appendingPathComponent("p.observatoire").path
    let result = try await ProjectImport(file: file.path, project: project).run()

    let consultation = try #require(try ProjectDatabase.openExisting(path: project).loadConsultation())
    let byID = Dictionary(uniqueKeysWithValues: consultation.questions.map { ($0.id.rawValue, $0) })
    #expect(byID["Précisions"]?.kind == .freeText)
    #expect(byID["Précisions"]?.options == [])
    #expect(byID["Académie"]?.kind == .singleChoice)
    #expect(byID["Académie"]?.options.sorted() == ["Amiens", "Lille"])
    let stored = consultation.responses.flatMap { $0.answers.values.map { "\($0)" } }.joined(separator: "\n")
    for value in ["claire.martin", "gmail", "rue des Lilas", "0590123A", "06 12 34 56 78", "direction@"] {
      #expect(!stored.contains(value), "« \(value) » est resté dans le projet")
    }
    #expect(stored.contains("[ADRESSE]") && stored.contains("[UAI]") && stored.contains("[EMAIL]"))
    #expect(consultation.responses.map(\.id.rawValue) == ["r1", "r2", "r3", "r4"])
    // A submission time is left as written (its ten digits are no phone number).
    #expect(stored.contains("05/03/2024 14:02") && !stored.contains("[TELEPHONE]:02"))
    #expect((result.summary.maskedCounts["EMAIL"] ?? 0) == 3)
  }
  /// Real République numérique answers where a contributor is named by an « @ » in one answer and
  /// bare in another (« d'accord avec NADPERR », « Denis Chenu : j'ai étudié… »): the import masks
  /// the bare ones too, counts them, and the export's check then finds none of these names.
  @Test func aNameMaskedInOneAnswerIsMaskedInEveryOther() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let texts = try Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl").compactMap {
      $0["text"] as? String
    }.filter { $0.contains("NADPERR") || $0.contains("Denis Chenu") }
    #expect(texts.count >= 4, "the République numérique file changed")
    let rows =
      ["id;Avis"]
      + texts.enumerated().map {
        "r\($0.offset);\"\($0.element.replacingOccurrences(of: "\"", with: "\"\""))\""
      }
    let file = folder.appendingPathComponent("export.csv")
    try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: file)
    let project = folder.appendingPathComponent("p.observatoire").path
    let result = try await ProjectImport(file: file.path, project: project).run()

    let consultation = try #require(try ProjectDatabase.openExisting(path: project).loadConsultation())
    let stored = consultation.responses.compactMap { response -> String? in
      if case .text(let text)? = response.answers[QuestionID("Avis")] { return text }
      return nil
    }
    #expect(stored.count == texts.count)
    for name in ["NADPERR", "Denis Chenu"] {
      #expect(!stored.contains { $0.contains(name) }, "« \(name) » est resté dans le projet")
    }
    let elsewhere = result.review.masked.filter { $0.confidence == .elsewhere }
    #expect(elsewhere.count >= 2)
    #expect(result.summary.maskedCounts["PERSONNE"] == result.review.maskedCounts[.personne])
    let audit = PrivacyOutputAudit(project: project)
    #expect(audit.personalData(in: stored.joined(separator: "\n")).filter { $0.kind == "PERSONNE" }.isEmpty)
  }

  @Test func aMappingFileErrorNamesTheFileInFrench() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let mapping = folder.appendingPathComponent("correspondance.yaml")
    try "Q3:\n  type: curseur\n".write(to: mapping, atomically: true, encoding: .utf8)
    #expect {
      try MappingFile.read(mapping.path)
    } throws: { error in
      let message = (error as? any UserFacingError)?.messageFR ?? ""
      return message.contains("correspondance.yaml") && message.contains("type « curseur » inconnu")
    }
  }

  // MARK: The analysis job

  @Test func anAnalysisJobStreamsItsEventsAndEndsWithTheOutcome() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let project = try await Self.importedExample(rows: 60, in: folder)

    var started: [QuestionID] = []
    var stagesSeen: [PipelineStage] = []
    var analysed: [QuestionID] = []
    var outcome: AnalysisOutcome?
    var eventsAfterFinished = 0
    for try await event in AnalysisJob(try Self.rulesRequest(project: project)).events() {
      if outcome != nil { eventsAfterFinished += 1 }
      switch event {
      case .started(let questions): started = questions
      case .progress(let progress):
        if stagesSeen.last != progress.stage { stagesSeen.append(progress.stage) }
        #expect(progress.done <= progress.total)
      case .questionAnalysed(let run): analysed.append(run.analysis.questionID)
      case .finished(let finished): outcome = finished
      }
    }
    #expect(started == [QuestionID("Q5")])
    #expect(analysed == started)
    #expect(stagesSeen == [.arguments, .embeddings, .themes, .syntheses, .global])
    #expect(eventsAfterFinished == 0)
    let result = try #require(outcome)
    #expect(result.runs.count == 1)
    #expect(result.report.analyses.map(\.questionID) == [QuestionID("Q5")])
    #expect(result.usage.generatedTokens == 0)
    #expect(result.usage.calls > 0)  // the embedder's calls

    // The same request again reads every stage from the project's cache.
    let again = try await AnalysisJob(try Self.rulesRequest(project: project)).run()
    let tallies = try #require(again.runs.first?.stages)
    #expect(tallies.values.allSatisfy { $0.computed == 0 })
    #expect(again.runs.first?.analysis.themes.map(\.id) == result.runs.first?.analysis.themes.map(\.id))
  }

  /// Rule segments with a synthesis model of its own: the generator is never loaded (its file
  /// does not exist), the named model writes the themes, and the provenance names it.
  @Test func ruleSegmentsWithASynthesisModelNeverLoadTheGenerator() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let project = try await Self.importedExample(rows: 12, in: folder)

    var request = try Self.rulesRequest(project: project)
    request.models.synthesisGenerator = Fixtures.model(Fixtures.smolLM2).path
    request.method = .languageModel(extraction: .regles)
    let outcome = try await AnalysisJob(request).run()
    let run = try #require(outcome.runs.first)
    #expect(run.provenance.generator?.lowercased().contains("smollm2") == true)
    #expect(run.provenance.parameters["extraction"]?.contains("règles") == true)
    #expect(outcome.usage.generatedTokens > 0, "the synthesis model wrote")
  }

  @Test func cancellingTheIterationStopsTheJobAndLeavesTheProjectUsable() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let project = try await Self.importedExample(rows: 60, in: folder)

    let consumer = Task {
      var seen = 0
      for try await event in AnalysisJob(try Self.rulesRequest(project: project)).events() {
        if case .progress = event { seen += 1 }
        if seen == 1 { withUnsafeCurrentTask { $0?.cancel() } }
        if case .finished = event { return true }
      }
      return false
    }
    let finished = (try? await consumer.value) ?? false
    #expect(!finished)
    // Whatever was stored before the cancellation is consistent: a new run completes.
    let outcome = try await AnalysisJob(try Self.rulesRequest(project: project)).run()
    #expect(outcome.runs.count == 1)
  }

  @Test func aJobOnAMissingProjectFailsInFrench() async throws {
    let request = try Self.rulesRequest(project: "/nonexistent/p.observatoire")
    await #expect {
      _ = try await AnalysisJob(request).run()
    } throws: { error in
      ((error as? any UserFacingError)?.messageFR ?? "").contains("/nonexistent/p.observatoire")
    }
  }

  // MARK: Reports

  @Test func aReportExportedFromTheProjectAndFromItsDocumentIsTheSame() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let project = try await Self.importedExample(rows: 60, in: folder)
    _ = try await AnalysisJob(try Self.rulesRequest(project: project)).run()

    let report = try loadConsultationReport(project: project)
    let first = folder.appendingPathComponent("rapport")
    _ = try ReportExport(report: report, formats: [.html, .json], project: project).write(to: first)
    let fromDocument = try loadConsultationReport(
      jsonFile: first.appendingPathComponent("rapport.json").path)
    let second = folder.appendingPathComponent("rapport-2")
    _ = try ReportExport(report: fromDocument, formats: [.html, .json], project: nil).write(to: second)
    for name in ["index.html", "rapport.json"] {
      let a = try Data(contentsOf: first.appendingPathComponent(name))
      let b = try Data(contentsOf: second.appendingPathComponent(name))
      #expect(a == b, "\(name) differs")
    }
  }
}

extension ApplicationTests {
  /// The check against a hand-coded sample reaches the report once the sample is fully coded: the
  /// method page (HTML and Markdown) prints it, the document keeps it.
  @Test func theMethodPageCountsWhatTheRunDid() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let project = try await Self.importedExample(rows: 60, in: folder)
    let outcome = try await AnalysisJob(try Self.rulesRequest(project: project)).run()
    let run = try #require(outcome.runs.first)
    let report = try loadConsultationReport(project: project)
    let counters = try #require(report.analyses.first?.runCounters)
    #expect(counters == (try run.checks.counters()), "the counters are kept with the analysis")
    #expect(counters["nonAnswers"] == run.checks.nonAnswers)
    let out = folder.appendingPathComponent("rapport")
    _ = try ReportExport(report: report, formats: [.html, .md], project: project).write(to: out)
    let method = try String(contentsOf: out.appendingPathComponent("methode.html"), encoding: .utf8)
    #expect(method.contains("<h2 id=\"controles-1\">Contrôles de l&#39;analyse : "))
    #expect(
      method.contains(
        "<th scope=\"row\">Thèmes et sous-thèmes synthétisés par les règles, faute de synthèse du modèle</th>"
          + "<td>\(run.checks.ruleFallbackThemes)</td>"))
    let markdown = try String(contentsOf: out.appendingPathComponent("rapport.md"), encoding: .utf8)
    #expect(markdown.contains("### Contrôles de l'analyse"))
    #expect(markdown.contains("- Réponses envoyées au modèle : \(run.checks.modelAnswers)"))
  }

  @Test func aFullyCodedSampleIsPrintedInTheReportsMethod() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let project = try await Self.importedExample(rows: 60, in: folder)
    _ = try await AnalysisJob(try Self.rulesRequest(project: project)).run()

    let sample = try SampleCheck.state(project: project, question: "Q5", coder: "analyste", size: 20)
    #expect(sample.responses.count == 20)
    let theme = try #require(sample.themes.first)
    // One response short of the whole sample: nothing is reported yet.
    for (index, response) in sample.responses.enumerated().dropLast() {
      try SampleCheck.code(
        project: project, question: "Q5", response: response.id,
        themes: index.isMultiple(of: 2) ? [theme.key] : [], coder: "analyste")
    }
    #expect(try loadConsultationReport(project: project).handCodedChecks.isEmpty)
    let partial = folder.appendingPathComponent("partiel")
    _ = try ReportExport(
      report: try loadConsultationReport(project: project), formats: [.html], project: project
    )
    .write(to: partial)
    let partialMethod = try String(
      contentsOf: partial.appendingPathComponent("methode.html"), encoding: .utf8)
    #expect(partialMethod.contains("encore été entièrement codé à la main"))

    let last = try #require(sample.responses.last)
    try SampleCheck.code(project: project, question: "Q5", response: last.id, themes: [], coder: "analyste")
    let report = try loadConsultationReport(project: project)
    let check = try #require(report.handCodedChecks.first)
    #expect(report.handCodedChecks.count == 1)
    #expect(check.coder == "analyste" && check.sampleSize == 20 && check.agreement.responses == 20)
    let state = try SampleCheck.state(project: project, question: "Q5", coder: "analyste", size: 20)
    #expect(check.agreement.overall?.value == state.overallKappa)

    let out = folder.appendingPathComponent("rapport")
    _ = try ReportExport(report: report, formats: [.html, .md, .json], project: project).write(to: out)
    let method = try String(contentsOf: out.appendingPathComponent("methode.html"), encoding: .utf8)
    #expect(method.contains("Contrôle sur un échantillon codé à la main"))
    #expect(method.contains("20 réponses codées par « analyste »"))
    #expect(method.contains("<th scope=\"row\">\(theme.label)</th>"))
    #expect(!method.contains("encore été entièrement codé à la main"))
    let markdown = try String(contentsOf: out.appendingPathComponent("rapport.md"), encoding: .utf8)
    #expect(markdown.contains("20 réponses codées par « analyste »"))
    #expect(markdown.contains("| \(theme.label) |"))
    let document = try loadConsultationReport(jsonFile: out.appendingPathComponent("rapport.json").path)
    #expect(document.handCodedChecks == report.handCodedChecks)
  }
}

/// Events and the names of the threads they came from, recorded from any thread.
final class EventRecorder<Event: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var events: [Event] = []
  private var threads: [String] = []

  func append(_ event: Event, thread: String) {
    lock.lock()
    defer { lock.unlock() }
    events.append(event)
    threads.append(thread)
  }

  var snapshot: ([Event], [String]) {
    lock.lock()
    defer { lock.unlock() }
    return (events, threads)
  }
}
