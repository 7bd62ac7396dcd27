import Foundation
import ObservatoireCore
import TestSupport
import Testing

@testable import Storage

/// A small analysis of question Q1: six respondents, two themes and « autres ».
enum ReviewFixture {
  static func argument(_ id: String, _ response: String, _ start: Int, _ stance: Stance = .pour) -> Argument {
    Argument(
      id: id, responseID: ResponseID(response), questionID: "Q1", text: "argument \(id)", stance: stance,
      quote: TextSpan(start: start, end: start + 10), quoteText: "citation \(id)")
  }

  /// Run 1: t1 = a1 a2 a3 (r1 r2 r3), t2 = a4 a5 (r4 r5), autres = a6 (r6).
  static var firstRun: QuestionAnalysis {
    let arguments = [
      argument("q1-a1", "r1", 0), argument("q1-a2", "r2", 0), argument("q1-a3", "r3", 0, .contre),
      argument("q1-a4", "r4", 0), argument("q1-a5", "r5", 0), argument("q1-a6", "r6", 0),
    ]
    return QuestionAnalysis(
      questionID: "Q1", title: "Que pensez-vous de l'IA ?", answered: 6,
      answers: Dictionary(
        uniqueKeysWithValues: arguments.map { ($0.responseID, "réponse \($0.responseID)") }),
      arguments: arguments,
      themes: [
        Theme(
          id: "q1-t1", label: "Gain de temps", statement: "L'IA fait gagner du temps.",
          synthesis: Synthesis(sentences: [
            CitedSentence(text: "Beaucoup gagnent du temps.", citations: ["q1-a1"])
          ]),
          argumentIDs: ["q1-a1", "q1-a2", "q1-a3"]),
        Theme(
          id: "q1-t2", label: "Triche", statement: "La triche inquiète.", argumentIDs: ["q1-a4", "q1-a5"]),
        Theme(id: "q1-autres", label: "Autres", argumentIDs: ["q1-a6"], isOther: true),
      ],
      globalSynthesis: Synthesis(sentences: []))
  }

  /// Run 2, after a re-run: a new respondent r0 comes first (every run-local id shifts), r5 is
  /// gone, and r3's argument went to the second theme.
  static var secondRun: QuestionAnalysis {
    let arguments = [
      argument("q1-a1", "r0", 0), argument("q1-a2", "r1", 0), argument("q1-a3", "r2", 0),
      argument("q1-a4", "r3", 0, .contre), argument("q1-a5", "r4", 0), argument("q1-a6", "r6", 0),
    ]
    return QuestionAnalysis(
      questionID: "Q1", title: "Que pensez-vous de l'IA ?", answered: 6, answers: [:], arguments: arguments,
      themes: [
        Theme(id: "q1-t1", label: "Temps", argumentIDs: ["q1-a1", "q1-a2", "q1-a3"]),
        Theme(id: "q1-t2", label: "Fraude", argumentIDs: ["q1-a4", "q1-a5"]),
        Theme(id: "q1-autres", label: "Autres", argumentIDs: ["q1-a6"], isOther: true),
      ],
      globalSynthesis: Synthesis(sentences: []))
  }

  static func database(_ analysis: QuestionAnalysis = firstRun) throws -> ProjectDatabase {
    let db = try ProjectDatabase.inMemory()
    try db.saveAnalysis(analysis, provenance: Provenance(), position: 0)
    return db
  }

  static func key(_ view: ReviewedAnalysis, _ theme: ThemeID) throws -> ThemeKey {
    try #require(view.themeKeys[theme])
  }

  static func argumentKey(_ response: String) -> ArgumentKey {
    ArgumentKey(question: "Q1", response: ResponseID(response), quote: TextSpan(start: 0, end: 10))
  }
}

@Suite struct ReviewApplicationTests {
  @Test func keysAreStableAndSayTheirResponse() throws {
    let view = ReviewedAnalysis(machine: ReviewFixture.firstRun)
    let key = try #require(view.argumentKeys["q1-a3"])
    #expect(key.rawValue == "Q1|r3|0-10")
    #expect(key.responseID == "r3")
    // The same arguments under other run-local ids give the same theme key.
    var renumbered = ReviewFixture.firstRun
    renumbered.arguments = renumbered.arguments.reversed().enumerated().map { index, argument in
      var copy = argument
      copy.id = "x\(index)"
      return copy
    }
    let ids = Dictionary(
      uniqueKeysWithValues: ReviewFixture.firstRun.arguments.reversed().enumerated().map {
        ($1.id, "x\($0)")
      })
    for index in renumbered.themes.indices {
      renumbered.themes[index].argumentIDs = renumbered.themes[index].argumentIDs.map { ids[$0]! }
      renumbered.themes[index].id = "autre-\(index)"
    }
    let other = ReviewedAnalysis(machine: renumbered)
    #expect(Set(view.themeKeys.values) == Set(other.themeKeys.values))
    #expect(view.themeKeys["q1-autres"] == .other)
  }

  @Test func renameEditAndValidate() throws {
    let db = try ReviewFixture.database()
    var view = try #require(try db.reviewedAnalysis(question: "Q1"))
    let t1 = try ReviewFixture.key(view, "q1-t1")
    view = try db.saveReview(
      .renameTheme(theme: t1, label: "Temps gagné"), question: "Q1", reviewer: "alice", expecting: [:])
    view = try db.saveReview(
      .editStatement(theme: t1, statement: "Les enseignants gagnent du temps."), question: "Q1",
      reviewer: "alice",
      expecting: [.theme(t1): view.version(of: .theme(t1))])
    view = try db.saveReview(
      .editSynthesis(
        theme: t1,
        sentences: [
          ReviewedSentence(text: "Trois répondants le disent.", citations: [ReviewFixture.argumentKey("r2")])
        ]),
      question: "Q1", reviewer: "bob", expecting: [:])
    view = try db.saveReview(
      .validateTheme(theme: t1, note: "relu"), question: "Q1", reviewer: "bob",
      expecting: [.theme(t1): view.version(of: .theme(t1))])
    view = try db.saveReview(
      .validateSynthesis(theme: t1, note: nil), question: "Q1", reviewer: "carole",
      expecting: [.synthesis(t1): view.version(of: .synthesis(t1))])

    let reread = try #require(try db.reviewedAnalysis(question: "Q1"))
    #expect(reread == view, "the view saved is the view read back")
    let theme = try #require(reread.theme(t1))
    #expect(theme.label == "Temps gagné")
    #expect(theme.statement == "Les enseignants gagnent du temps.")
    #expect(
      theme.synthesis.sentences == [CitedSentence(text: "Trois répondants le disent.", citations: ["q1-a2"])])
    #expect(theme.validation?.analyst == "bob")
    #expect(theme.validation?.note == "relu")
    #expect(reread.synthesisValidations["q1-t1"]?.analyst == "carole")
    #expect(reread.version(of: .theme(t1)) == 3)
    #expect(reread.version(of: .synthesis(t1)) == 2)
    // The stored analysis itself is untouched.
    #expect(try db.loadAnalyses().first?.analysis == ReviewFixture.firstRun)
  }

  @Test func theStampChangesWithEverySaveAndEveryRun() throws {
    let db = try ReviewFixture.database()
    #expect(try db.reviewStamp(question: "Q9") == nil)
    let first = try #require(try db.reviewStamp(question: "Q1"))
    #expect(try db.reviewStamp(question: "Q1") == first, "reading changes nothing")
    let view = try #require(try db.reviewedAnalysis(question: "Q1"))
    let t1 = try ReviewFixture.key(view, "q1-t1")
    try db.saveReview(.renameTheme(theme: t1, label: "Un"), question: "Q1", reviewer: "a", expecting: [:])
    let second = try #require(try db.reviewStamp(question: "Q1"))
    #expect(second != first)
    _ = try? db.saveReview(
      .renameTheme(theme: t1, label: "Deux"), question: "Q1", reviewer: "b", expecting: [:])
    #expect(try db.reviewStamp(question: "Q1") == second, "a refused save changes nothing")
    try db.saveAnalysis(ReviewFixture.secondRun, provenance: Provenance(), position: 0)
    #expect(try db.reviewStamp(question: "Q1") != second)
  }

  @Test func anEditAfterAValidationWithdrawsIt() throws {
    let db = try ReviewFixture.database()
    let view = try #require(try db.reviewedAnalysis(question: "Q1"))
    let t1 = try ReviewFixture.key(view, "q1-t1")
    try db.saveReview(.validateTheme(theme: t1, note: nil), question: "Q1", reviewer: "alice", expecting: [:])
    let after = try db.saveReview(
      .renameTheme(theme: t1, label: "Autre nom"), question: "Q1", reviewer: "bob", expecting: [.theme(t1): 1]
    )
    #expect(after.theme(t1)?.validation == nil)
  }

  @Test func mergeMovesEveryArgumentAndRecounts() throws {
    let db = try ReviewFixture.database()
    let view = try #require(try db.reviewedAnalysis(question: "Q1"))
    let t1 = try ReviewFixture.key(view, "q1-t1")
    let t2 = try ReviewFixture.key(view, "q1-t2")
    let merged = try db.saveReview(
      .mergeThemes(source: t2, into: t1), question: "Q1", reviewer: "alice", expecting: [:])
    #expect(merged.theme(t2) == nil)
    let theme = try #require(merged.theme(t1))
    #expect(Set(theme.argumentIDs) == ["q1-a1", "q1-a2", "q1-a3", "q1-a4", "q1-a5"])
    #expect(theme.respondents == 5)
    #expect(theme.stance == StanceCounts(pour: 4, contre: 1))
    #expect(merged.analysis.topLevelThemes.count == 2)
    // A later review naming the merged theme is refused, as the view no longer has it.
    #expect(throws: ReviewError.unknownTheme(t2)) {
      try db.saveReview(
        .renameTheme(theme: t2, label: "x"), question: "Q1", reviewer: "bob", expecting: [.theme(t2): 1])
    }
    #expect(throws: ReviewError.sameTheme(t1)) {
      try db.saveReview(
        .mergeThemes(source: t1, into: t1), question: "Q1", reviewer: "bob", expecting: [.theme(t1): 1])
    }
  }

  @Test func splitTakesTheChosenArgumentsIntoANewTheme() throws {
    let db = try ReviewFixture.database()
    let view = try #require(try db.reviewedAnalysis(question: "Q1"))
    let t1 = try ReviewFixture.key(view, "q1-t1")
    let a3 = ReviewFixture.argumentKey("r3")
    let split = try db.saveReview(
      ReviewAction.split(theme: t1, arguments: [a3], label: "Réserves"), question: "Q1", reviewer: "alice",
      expecting: [:])
    let newKey = ThemeKey(splitOf: t1, taking: [a3])
    let created = try #require(split.theme(newKey))
    #expect(created.label == "Réserves")
    #expect(created.argumentIDs == ["q1-a3"])
    #expect(created.respondents == 1)
    #expect(created.stance.contre == 1)
    #expect(split.theme(t1)?.argumentIDs == ["q1-a1", "q1-a2"])
    #expect(split.analysis.topLevelThemes.map(\.label) == ["Gain de temps", "Réserves", "Triche", "Autres"])
    // The new theme can itself be reviewed by its key.
    #expect(split.version(of: .theme(newKey)) == 1)
    let renamed = try db.saveReview(
      .renameTheme(theme: newKey, label: "Réticences"), question: "Q1", reviewer: "bob",
      expecting: [.theme(newKey): split.version(of: .theme(newKey))])
    #expect(renamed.theme(newKey)?.label == "Réticences")
    #expect(throws: ReviewError.wholeThemeSplit(t1)) {
      try db.saveReview(
        ReviewAction.split(
          theme: t1, arguments: [ReviewFixture.argumentKey("r1"), ReviewFixture.argumentKey("r2")], label: "x"
        ),
        question: "Q1", reviewer: "bob", expecting: [.theme(t1): 1])
    }
    #expect(throws: ReviewError.argumentNotInTheme(ReviewFixture.argumentKey("r4"), t1)) {
      try db.saveReview(
        ReviewAction.split(theme: t1, arguments: [ReviewFixture.argumentKey("r4")], label: "x"),
        question: "Q1",
        reviewer: "bob", expecting: [.theme(t1): 1])
    }
  }

  @Test func moveTakesAnArgumentFromOneThemeToAnother() throws {
    let db = try ReviewFixture.database()
    let view = try #require(try db.reviewedAnalysis(question: "Q1"))
    let t1 = try ReviewFixture.key(view, "q1-t1")
    let moved = try db.saveReview(
      .moveArgument(argument: ReviewFixture.argumentKey("r6"), to: t1), question: "Q1", reviewer: "alice",
      expecting: [:])
    #expect(moved.theme(t1)?.argumentIDs == ["q1-a1", "q1-a2", "q1-a3", "q1-a6"])
    #expect(moved.theme(t1)?.respondents == 4)
    #expect(moved.theme(.other)?.argumentIDs == [])
    #expect(throws: ReviewError.unknownArgument(ReviewFixture.argumentKey("r99"))) {
      try db.saveReview(
        .moveArgument(argument: ReviewFixture.argumentKey("r99"), to: t1), question: "Q1", reviewer: "alice",
        expecting: [:])
    }
  }

  /// After a re-run, reviews find their themes by their arguments and apply where those remain;
  /// those that cannot are reported, never silently dropped.
  @Test func reviewsSurviveAReRunWhereTheirArgumentsRemain() throws {
    let db = try ReviewFixture.database()
    let view = try #require(try db.reviewedAnalysis(question: "Q1"))
    let t1 = try ReviewFixture.key(view, "q1-t1")
    let t2 = try ReviewFixture.key(view, "q1-t2")
    try db.saveReview(
      .renameTheme(theme: t1, label: "Temps gagné"), question: "Q1", reviewer: "alice", expecting: [:])
    try db.saveReview(
      .validateTheme(theme: t1, note: nil), question: "Q1", reviewer: "alice", expecting: [.theme(t1): 1])
    try db.saveReview(
      .renameTheme(theme: t2, label: "Fraude aux devoirs"), question: "Q1", reviewer: "bob", expecting: [:])
    try db.saveReview(
      .moveArgument(argument: ReviewFixture.argumentKey("r5"), to: t1), question: "Q1", reviewer: "bob",
      expecting: [:])

    try db.saveAnalysis(ReviewFixture.secondRun, provenance: Provenance(), position: 0)
    let after = try #require(try db.reviewedAnalysis(question: "Q1"))
    // t1 now holds r0 r1 r2: two of its three anchored arguments (r1, r2) remain, Jaccard 2/4.
    #expect(after.analysis.themes.first { $0.id == "q1-t1" }?.label == "Temps gagné")
    // t2 holds r3 r4 now: anchored r4 r5, Jaccard 1/3, below one half: no longer the same theme.
    #expect(after.analysis.themes.first { $0.id == "q1-t2" }?.label == "Fraude")
    // The validation was given to other arguments: not carried over.
    #expect(after.analysis.themes.first { $0.id == "q1-t1" }?.validation == nil)
    #expect(after.unapplied.map(\.sequence) == [2, 3, 4])
    #expect(after.unapplied.first { $0.sequence == 2 }?.reasonFR.contains("ses arguments ont changé") == true)
    #expect(after.unapplied.first { $0.sequence == 4 }?.reasonFR.contains("r5") == true)
  }

  @Test func aReRunWithTheSameArgumentsKeepsEveryReview() throws {
    let db = try ReviewFixture.database()
    let view = try #require(try db.reviewedAnalysis(question: "Q1"))
    let t1 = try ReviewFixture.key(view, "q1-t1")
    let t2 = try ReviewFixture.key(view, "q1-t2")
    try db.saveReview(.validateTheme(theme: t1, note: nil), question: "Q1", reviewer: "alice", expecting: [:])
    try db.saveReview(
      .mergeThemes(source: t2, into: t1), question: "Q1", reviewer: "alice", expecting: [.theme(t1): 1])
    let before = try #require(try db.reviewedAnalysis(question: "Q1"))
    var rerun = ReviewFixture.firstRun
    rerun.themes.swapAt(0, 1)
    rerun.themes[0].id = "q1-t1"
    rerun.themes[1].id = "q1-t2"
    rerun.themes[0].label = "Machine"
    try db.saveAnalysis(rerun, provenance: Provenance(), position: 0)
    let after = try #require(try db.reviewedAnalysis(question: "Q1"))
    #expect(after.unapplied.isEmpty)
    #expect(after.theme(t1)?.argumentIDs.sorted() == before.theme(t1)?.argumentIDs.sorted())
    #expect(after.theme(t2) == nil)
  }
}

@Suite struct AuditLogTests {
  @Test func everySaveIsLoggedWithWhoWhenBeforeAndAfter() throws {
    let db = try ReviewFixture.database()
    let view = try #require(try db.reviewedAnalysis(question: "Q1"))
    let t1 = try ReviewFixture.key(view, "q1-t1")
    let t2 = try ReviewFixture.key(view, "q1-t2")
    let when = Date(timeIntervalSince1970: 1_790_000_000)
    try db.saveReview(
      .renameTheme(theme: t1, label: "Temps gagné"), question: "Q1", reviewer: "alice", expecting: [:],
      at: when)
    try db.saveReview(
      .moveArgument(argument: ReviewFixture.argumentKey("r4"), to: t1), question: "Q1", reviewer: "bob",
      expecting: [:], at: when.addingTimeInterval(60))
    // A refused save leaves no trace.
    _ = try? db.saveReview(
      .renameTheme(theme: t1, label: "x"), question: "Q1", reviewer: "eve", expecting: [:])

    let log = try db.auditLog(question: "Q1")
    #expect(log.map(\.actor) == ["alice", "bob"])
    #expect(log.map(\.action) == ["renommer-theme", "deplacer-argument"])
    #expect(log[0].date == when)
    #expect(log[0].object == "theme:\(t1.rawValue)")
    let before = try JSONSerialization.jsonObject(with: Data(log[0].before.utf8)) as? [String: Any]
    let after = try JSONSerialization.jsonObject(with: Data(log[0].after.utf8)) as? [String: Any]
    let beforeTheme = (before?["themes"] as? [String: Any])?[t1.rawValue] as? [String: Any]
    let afterTheme = (after?["themes"] as? [String: Any])?[t1.rawValue] as? [String: Any]
    #expect(beforeTheme?["label"] as? String == "Gain de temps")
    #expect(afterTheme?["label"] as? String == "Temps gagné")
    let moveBefore = try JSONSerialization.jsonObject(with: Data(log[1].before.utf8)) as? [String: Any]
    let moveAfter = try JSONSerialization.jsonObject(with: Data(log[1].after.utf8)) as? [String: Any]
    #expect((moveBefore?["arguments"] as? [String: [String]])?["Q1|r4|0-10"] == [t2.rawValue])
    #expect((moveAfter?["arguments"] as? [String: [String]])?["Q1|r4|0-10"] == [t1.rawValue])
  }
}

@Suite struct ConcurrentReviewTests {
  /// Two reviewers open the same theme; the second to save is refused with a French message
  /// naming the first, and saves once it has reloaded: both edits are kept.
  @Test func aStaleSaveIsRefusedNotOverwritten() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("p.observatoire").path
    let setup = try ProjectDatabase(path: path)
    try setup.saveAnalysis(ReviewFixture.firstRun, provenance: Provenance(), position: 0)
    // Two writers, each with its own connection pool on the same file.
    let alice = try ProjectDatabase(path: path)
    let bob = try ProjectDatabase(path: path)
    let aliceView = try #require(try alice.reviewedAnalysis(question: "Q1"))
    let bobView = try #require(try bob.reviewedAnalysis(question: "Q1"))
    let t1 = try ReviewFixture.key(aliceView, "q1-t1")
    try alice.saveReview(
      .renameTheme(theme: t1, label: "Temps gagné"), question: "Q1", reviewer: "alice",
      expecting: [.theme(t1): aliceView.version(of: .theme(t1))])
    do {
      try bob.saveReview(
        .renameTheme(theme: t1, label: "Gain de temps pour préparer"), question: "Q1", reviewer: "bob",
        expecting: [.theme(t1): bobView.version(of: .theme(t1))])
      Issue.record("a stale save went through")
    } catch let error as StaleReviewError {
      #expect(error.lastReviewer == "alice")
      #expect(error.messageFR.contains("a été modifié par « alice »"))
      #expect(error.messageFR.contains("n'a pas été enregistrée"))
    }
    #expect(try bob.reviewedAnalysis(question: "Q1")?.theme(t1)?.label == "Temps gagné")
    let reloaded = try #require(try bob.reviewedAnalysis(question: "Q1"))
    try bob.saveReview(
      .editStatement(theme: t1, statement: "Préparer plus vite."), question: "Q1", reviewer: "bob",
      expecting: [.theme(t1): reloaded.version(of: .theme(t1))])
    let final = try #require(try alice.reviewedAnalysis(question: "Q1")?.theme(t1))
    #expect(final.label == "Temps gagné")
    #expect(final.statement == "Préparer plus vite.")
  }

  /// Twenty reviewers on two connections all open theme t1 (version 0), then all save a rename
  /// of it at once: exactly one goes through, every other is refused as stale (not overwritten,
  /// not failed otherwise). Meanwhile each also edits t2, reloading and retrying when refused:
  /// all twenty edits are kept, in the view's version and in the audit log.
  @Test func simultaneousSavesLoseNothing() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("p.observatoire").path
    try ProjectDatabase(path: path).saveAnalysis(
      ReviewFixture.firstRun, provenance: Provenance(), position: 0)
    let writers = [try ProjectDatabase(path: path), try ProjectDatabase(path: path)]
    let opened = try #require(try writers[0].reviewedAnalysis(question: "Q1"))
    let t1 = try ReviewFixture.key(opened, "q1-t1")
    let t2 = try ReviewFixture.key(opened, "q1-t2")
    let reviewers = (0..<20).map { "r\($0)" }
    // Every reviewer opens t1 before anyone saves.
    var read: [String: Int] = [:]
    for (index, name) in reviewers.enumerated() {
      read[name] = try writers[index % 2].reviewedAnalysis(question: "Q1")?.version(of: .theme(t1))
    }
    #expect(Set(read.values) == [0])
    let versions = read
    enum Outcome: Sendable, Equatable {
      case saved
      case stale
      case failed(String)
    }
    let outcomes = await withTaskGroup(of: (Outcome, Int).self) { group in
      for (index, name) in reviewers.enumerated() {
        let db = writers[index % 2]
        group.addTask {
          var outcome: Outcome
          do {
            try db.saveReview(
              .renameTheme(theme: t1, label: name), question: "Q1", reviewer: name,
              expecting: [.theme(t1): versions[name] ?? -1])
            outcome = .saved
          } catch is StaleReviewError {
            outcome = .stale
          } catch {
            outcome = .failed("\(error)")
          }
          // The edit of t2, retried from a fresh read until it goes through.
          var attempts = 0
          while attempts < 100 {
            attempts += 1
            do {
              let view = try db.reviewedAnalysis(question: "Q1")!
              try db.saveReview(
                .editStatement(theme: t2, statement: name), question: "Q1", reviewer: name,
                expecting: [.theme(t2): view.version(of: .theme(t2))])
              break
            } catch is StaleReviewError {
              continue
            } catch {
              outcome = .failed("\(error)")
              break
            }
          }
          return (outcome, attempts)
        }
      }
      var all: [(Outcome, Int)] = []
      for await outcome in group { all.append(outcome) }
      return all
    }
    #expect(outcomes.filter { $0.0 == .saved }.count == 1)
    #expect(outcomes.filter { $0.0 == .stale }.count == 19)
    #expect(outcomes.allSatisfy { $0.1 < 100 })
    let log = try writers[1].auditLog(question: "Q1")
    let view = try #require(try writers[1].reviewedAnalysis(question: "Q1"))
    let renames = log.filter { $0.action == "renommer-theme" }
    #expect(renames.count == 1)
    #expect(view.theme(t1)?.label == renames.first?.actor)
    #expect(view.version(of: .theme(t1)) == 1)
    let statements = log.filter { $0.action == "modifier-enonce" }
    #expect(Set(statements.map(\.actor)) == Set(reviewers), "every reviewer's edit of t2 is kept")
    #expect(view.version(of: .theme(t2)) == 20)
  }
}
