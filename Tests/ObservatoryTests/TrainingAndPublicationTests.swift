import Foundation
import ObservatoireCore
import Observatory
import Privacy
import Reporting
import Storage
import TestSupport
import Testing
import ZIPFoundation

@Suite struct TrainingTests {
  @Test func exampleExportImportsWithoutThePlatformIdentifiers() throws {
    let records = try TrainingImporter().read(Examples.training)
    #expect(records.count == 399)
    #expect(
      Set(TrainingKind.allCases).isSubset(of: Set(records.map(\.kind))) || Set(records.map(\.kind)).count >= 5
    )
    #expect(Set(records.map(\.stage)) == Set(TrainingStage.allCases))
    let people = Set(records.map(\.person))
    #expect(people.min() == 1 && people.max() == people.count, "people numbered 1…n by the import")
    let stored = try JSONEncoder().encode(records)
    #expect(
      String(decoding: stored, as: UTF8.self).range(of: "AG[0-9]{5}", options: .regularExpression) == nil,
      "the platform's identifiers are not kept")
  }

  @Test func coverageIsCumulativeAndPublishesNoCountBelowK() throws {
    let records = try TrainingImporter().read(Examples.training)
    let k = 5
    let rows = TrainingFollowUp.coverage(records, by: .academie, policy: SmallCellPolicy(minimumCellSize: k))
    #expect(Set(rows.map(\.territory)) == ["Amiens", "Lille", "Normandie", "Reims"])
    #expect(Set(rows.map(\.schoolYear)) == ["2023-2024", "2024-2025", "2025-2026"])
    for row in rows {
      let published = [row.trained] + row.byStage + row.byKind.values.map { $0 }
      for value in published {
        if let value { #expect(value == 0 || value >= k, "\(row.territory) \(row.schoolYear)") }
      }
      let stages = row.byStage.compactMap { $0 }
      if let trained = row.trained, stages.count == 3 { #expect(stages.reduce(0, +) == trained) }
      #expect(row.byStage.filter { $0 == nil }.count != 1, "one masked stage would be found by subtraction")
    }
    // Exact counts, recomputed here, for one territory: cumulative and growing.
    let lille = rows.filter { $0.territory == "Lille" }.sorted { $0.schoolYear < $1.schoolYear }
    let trained = lille.compactMap(\.trained)
    #expect(trained.count == 3 && trained == trained.sorted(), "coverage grows: \(trained)")
    let lastYear = Set(records.filter { $0.academie == "Lille" }.map(\.person)).count
    #expect(trained.last == lastYear)
    #expect(lille[1].progress == trained[1] - trained[0])
    // Reims has few people: by school, most cells are masked.
    let bySchool = TrainingFollowUp.coverage(
      records, by: .etablissement, policy: SmallCellPolicy(minimumCellSize: k))
    #expect(bySchool.contains { $0.trained == nil }, "small schools masked")
  }

  @Test func faultyTrainingRowsAreNamed() throws {
    var edited = 0
    let (directory, url) = try Examples.edited(Examples.training) { lines in
      edited = Examples.plainLine(lines, from: 30)
      lines[edited] = Examples.replacingField(lines[edited], 6, with: "confirmé")
    }
    defer { try? FileManager.default.removeItem(at: directory) }
    do {
      _ = try TrainingImporter().read(url)
      Issue.record("imported")
    } catch let error as RowImportError {
      #expect(error.problems.map(\.line) == [edited + 1])
      #expect(error.messageFR.contains("colonne « Étape »"))
      #expect(error.messageFR.contains("étape « confirmé » inconnue"))
    }
  }
}

@Suite struct PublicationTests {
  static func archiveWithExampleRegister() throws -> (ObservatoryArchive, InspectionGrid) {
    let grid = try InspectionGrid.bundled()
    let archive = ObservatoryArchive(database: try ProjectDatabase.inMemory())
    try archive.replaceRegister(try RegisterImporter(grid: grid).read(Examples.register))
    return (archive, grid)
  }

  @Test func publicationListsValidatedUsesByDisciplineWithTheirSources() throws {
    let (archive, grid) = try Self.archiveWithExampleRegister()
    let initiatives = try archive.register()
    let publication = Publication.make(year: "2025-2026", initiatives: initiatives, themes: [], grid: grid)
    let validated = initiatives.filter { $0.isValidated(on: grid) }
    #expect(publication.initiativesValidated == validated.count)
    let cited = Set(publication.uses.flatMap { $0.sources.map(\.reference) })
    #expect(cited == Set(validated.map(\.id)), "every validated initiative is a source, and only those")
    #expect(publication.uses.allSatisfy { !$0.sources.isEmpty })
    #expect(Set(publication.uses.map(\.degree)) == Set(SchoolDegree.allCases), "first and second degree")
    for use in publication.uses {
      for source in use.sources {
        let initiative = try #require(initiatives.first { $0.id == source.reference })
        #expect(initiative.disciplines.contains(use.discipline))
        #expect(initiative.use.lowercased() == use.title.lowercased())
      }
    }
  }

  @Test func exportNeedsAValidationThatStillMatches() throws {
    let (archive, grid) = try Self.archiveWithExampleRegister()
    let publication = Publication.make(
      year: "2025-2026", initiatives: try archive.register(), themes: [], grid: grid)
    try archive.savePublication(publication)
    #expect(try archive.publicationValidation(year: "2025-2026").isCurrent == false)
    try archive.validatePublication(year: "2025-2026", by: "IA-IPR référent")
    let state = try archive.publicationValidation(year: "2025-2026")
    #expect(state.isCurrent)
    #expect(state.validation?.validatedBy == "IA-IPR référent")
    // The register changes: the regenerated publication is no longer the one validated.
    var initiatives = try archive.register()
    let removed = initiatives.first { $0.isValidated(on: grid) }?.id
    initiatives.removeAll { $0.id == removed }
    try archive.savePublication(
      Publication.make(year: "2025-2026", initiatives: initiatives, themes: [], grid: grid))
    #expect(try archive.publicationValidation(year: "2025-2026").isCurrent == false)
  }

  @Test func writerMarksDraftsAndWritesTheThreeFormats() throws {
    let (archive, grid) = try Self.archiveWithExampleRegister()
    let theme = ValidatedTheme(
      series: "enseignants", wave: "2026", questionCode: "Q4", questionTitle: "Quels usages ?",
      label: "Autoformation <b>5 h</b>", respondents: 3, answered: 240, examples: ["Un « exemple »."],
      validatedBy: "Analyste", validatedAt: "2026-06-01T00:00:00Z")
    let publication = Publication.make(
      year: "2025-2026", initiatives: try archive.register(), themes: [theme], grid: grid)
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let draft = PublicationWriter(publication: publication, validation: nil)
    let files = try draft.write(
      formats: Set(PublicationFormat.allCases), to: directory, assets: DSFRAssets(directory: nil))
    #expect(Set(files) == ["index.html", "publication.md", "publication.ods"])
    let html = try String(contentsOf: directory.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(html.contains("BROUILLON — non validé"))
    #expect(html.contains("Autoformation &lt;b&gt;5 h&lt;/b&gt;"), "theme labels are escaped")
    #expect(html.contains("Content-Security-Policy"))
    #expect(html.contains("1er degré") && html.contains("2nd degré"))
    let markdown = draft.markdown()
    #expect(markdown.contains("## 1er degré") && markdown.contains("## 2nd degré"))
    #expect(markdown.contains("Sources :"))
    let validatedHTML = PublicationWriter(
      publication: publication, validation: ("IA-IPR", "2026-06-30T10:00:00Z")
    ).html()
    #expect(!validatedHTML.contains("BROUILLON"))
    #expect(validatedHTML.contains("Publication validée par IA-IPR le 2026-06-30."))
    let archiveFile = try Archive(url: directory.appendingPathComponent("publication.ods"), accessMode: .read)
    #expect(archiveFile["content.xml"] != nil)
  }
}

/// The library's errors speak of the domain: no command, no option (the CLI adds its hints).
@Suite struct ObservatoryErrorWordingTests {
  @Test func errorsNameNoCommandOrOption() {
    let errors: [ObservatoryError] = [
      .missingResource("grille"), .missingColumns(file: "r.csv", what: "le registre", columns: ["UAI"]),
      .emptyFile(file: "r.csv"), .unknownSeries("s", known: ["t"]),
      .unknownWave(series: "s", wave: "w", known: []),
      .notEnoughWaves(series: "s"), .noConsultation(project: "p"),
      .invalidMapping(file: "m.yaml", detail: "x"),
      .noPublication(year: "2025-2026"), .unvalidatedPublication(year: "2025-2026", changed: false),
      .unvalidatedPublication(year: "2025-2026", changed: true), .unknownTheme("t"),
    ]
    for error in errors {
      #expect(!error.messageFR.contains("observatoire "), "\(error.messageFR)")
      #expect(!error.messageFR.contains("--"), "\(error.messageFR)")
      #expect(!error.messageFR.lowercased().contains("lancez"), "\(error.messageFR)")
    }
    #expect(ObservatoryError.noPublication(year: "2025").messageFR.contains("n'a été générée"))
  }
}
