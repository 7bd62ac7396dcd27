import Foundation
import ObservatoireCore
import Observatory
import Privacy
import Reporting
import Storage
import TestSupport
import Testing

enum Examples {
  static let folder = Fixtures.repositoryRoot.appendingPathComponent("examples/observatoire")
  static let register = folder.appendingPathComponent("registre-initiatives.csv")
  static let training = folder.appendingPathComponent("formations.csv")
  static let wave2025 = folder.appendingPathComponent("enseignants-2025.csv")
  static let wave2026 = folder.appendingPathComponent("enseignants-2026.csv")

  /// The example register with `edit` applied to its lines (0: header), written to a temporary file.
  static func editedRegister(_ edit: (inout [String]) -> Void) throws -> (URL, URL) {
    try edited(register, edit)
  }

  static func edited(_ source: URL, _ edit: (inout [String]) -> Void) throws -> (URL, URL) {
    let directory = try Fixtures.temporaryDirectory()
    var lines = try String(contentsOf: source, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
    edit(&lines)
    let url = directory.appendingPathComponent(
      source == register ? "registre-modifie.csv" : "export-modifie.csv")
    try Data(lines.joined(separator: "\n").utf8).write(to: url)
    return (directory, url)
  }

  /// The index of the first line from `start` whose fields hold no quotes.
  static func plainLine(_ lines: [String], from start: Int) -> Int {
    lines.indices.first { $0 >= start && !lines[$0].contains("\"") && !lines[$0].isEmpty }!
  }

  /// Replaces the `field`-th field (0-based, « ; »-separated, no quotes in it) of a line.
  static func replacingField(_ line: String, _ field: Int, with value: String) -> String {
    var fields = line.components(separatedBy: ";")
    fields[field] = value
    return fields.joined(separator: ";")
  }
}

@Suite struct GridTests {
  @Test func bundledGridHasTheSixCriteriaAndFourLevelsWithDescriptors() throws {
    let grid = try InspectionGrid.bundled()
    #expect(
      grid.criteria.map(\.label) == [
        "Clarté des objectifs pédagogiques", "Intégration dans les programmes scolaires",
        "Effets sur l'apprentissage", "Accessibilité des outils", "Évaluation critique",
        "Protection des élèves",
      ])
    for criterion in grid.criteria {
      #expect(
        GridLevel.allCases.allSatisfy { !(criterion.descriptors[$0] ?? "").isEmpty }, "\(criterion.code)")
    }
    #expect(
      grid.notice.contains("PARAPHRASE DE TRAVAIL"), "the descriptors say they are not the report's text")
    #expect(grid.criterion(forHeader: "protection des eleves")?.code == "protection")
  }

  @Test func levelsAreReadAsFormsWriteThem() {
    #expect(GridLevel(parsing: "3") == .maitrise)
    #expect(GridLevel(parsing: "Maitrise") == .maitrise)
    #expect(GridLevel(parsing: "non intégré") == .nonIntegre)
    #expect(GridLevel(parsing: "4 - expertise") == .expertise)
    #expect(GridLevel(parsing: "5") == nil)
    #expect(GridLevel(parsing: "excellent") == nil)
    #expect(GridLevel(parsing: "2 - expertise") == nil, "a number and a word that disagree")
  }
}

@Suite struct RegisterImportTests {
  @Test func exampleRegisterImportsWithMaskedContactsAndValidUAI() throws {
    let grid = try InspectionGrid.bundled()
    let initiatives = try RegisterImporter(grid: grid).read(Examples.register)
    #expect(initiatives.count == 100)
    #expect(Set(initiatives.map(\.id)).count == 100)
    #expect(initiatives.allSatisfy { UAICode.isValid($0.uai) })
    for initiative in initiatives {
      #expect(!initiative.contact.contains("@"), "e-mail left in \(initiative.id): \(initiative.contact)")
      #expect(!initiative.description.contains("Contact : Lucas"), "name left in \(initiative.id)")
    }
    #expect(
      initiatives.contains { $0.description.contains("[PERSONNE]") }, "names in descriptions are masked")
    let assessed = initiatives.filter { $0.isFullyAssessed(on: grid) }
    #expect(assessed.count >= 80 && assessed.count < 100)
    let validated = initiatives.filter { $0.isValidated(on: grid) }
    #expect(validated.count >= 10, "enough initiatives for a publication: \(validated.count)")
    #expect(
      validated.allSatisfy { i in
        grid.criteria.allSatisfy { (i.assessment[$0.code] ?? .nonIntegre) >= .maitrise }
      })
    #expect(Set(initiatives.map(\.degree)) == Set(SchoolDegree.allCases))
    // The first line of the example, as generated.
    let first = try #require(initiatives.first)
    #expect(first.id == "INI-001")
    #expect(first.line == 2)
    #expect(first.disciplines == ["Langage oral", "Explorer le monde"])
    #expect(first.assessment["programmes"] == .nonIntegre, "« non intégré » read as level 1")
  }

  @Test func unknownGridLevelIsNamedByLineAndColumnAndNothingIsImported() throws {
    var edited = 0
    let (directory, url) = try Examples.editedRegister { lines in
      // « Protection des élèves », the last column, of a line from the 13th on.
      edited = Examples.plainLine(lines, from: 12)
      lines[edited] = Examples.replacingField(lines[edited], 18, with: "excellent")
    }
    defer { try? FileManager.default.removeItem(at: directory) }
    let database = try ProjectDatabase.inMemory()
    let archive = ObservatoryArchive(database: database)
    try archive.replaceRegister(
      try RegisterImporter(grid: try InspectionGrid.bundled()).read(Examples.register))
    do {
      try archive.replaceRegister(try RegisterImporter(grid: try InspectionGrid.bundled()).read(url))
      Issue.record("the faulty register was imported")
    } catch let error as RowImportError {
      #expect(error.problems.count == 1)
      #expect(error.problems.first?.line == edited + 1)
      #expect(
        error.messageFR.contains(
          "registre-modifie.csv, ligne \(edited + 1), colonne « Protection des élèves »"))
      #expect(error.messageFR.contains("niveau de grille « excellent » inconnu"))
      #expect(error.messageFR.contains("rien n'a été modifié"))
    }
    #expect(try archive.register().count == 100, "the earlier register is untouched")
  }

  @Test func malformedUAIAndWrongCheckLetterAreBothNamed() throws {
    var first = 0
    var second = 0
    let (directory, url) = try Examples.editedRegister { lines in
      first = Examples.plainLine(lines, from: 5)
      lines[first] = Examples.replacingField(lines[first], 1, with: "59A0012")
      second = Examples.plainLine(lines, from: 40)
      let valid = lines[second].components(separatedBy: ";")[1]
      let wrongLetter = String(valid.prefix(7)) + (valid.hasSuffix("A") ? "B" : "A")
      lines[second] = Examples.replacingField(lines[second], 1, with: wrongLetter)
    }
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(throws: RowImportError.self) {
      try RegisterImporter(grid: try InspectionGrid.bundled()).read(url)
    }
    do {
      _ = try RegisterImporter(grid: try InspectionGrid.bundled()).read(url)
    } catch let error as RowImportError {
      #expect(error.problems.map(\.line) == [first + 1, second + 1])
      #expect(error.problems.allSatisfy { $0.column == "UAI" })
      #expect(error.problems[0].message.contains("UAI « 59A0012 » mal formé"))
      #expect(error.problems[1].message.contains("lettre de contrôle"))
    }
  }

  @Test func missingColumnsAreListed() throws {
    let (directory, url) = try Examples.editedRegister { lines in
      lines[0] = lines[0].replacingOccurrences(of: "UAI;", with: "Code;")
    }
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(
      throws: ObservatoryError.missingColumns(
        file: "registre-modifie.csv", what: "un registre d'initiatives", columns: ["UAI"])
    ) {
      try RegisterImporter(grid: try InspectionGrid.bundled()).read(url)
    }
  }

  @Test func heatMapAndViewsCountTheExample() throws {
    let grid = try InspectionGrid.bundled()
    let initiatives = try RegisterImporter(grid: grid).read(Examples.register)
    let heatMap = HeatMap(initiatives, grid: grid)
    for (row, criterion) in grid.criteria.enumerated() {
      let assessed = initiatives.filter { $0.assessment[criterion.code] != nil }.count
      #expect(heatMap.assessed(row) == assessed)
      #expect(
        heatMap.counts[row][2] == initiatives.filter { $0.assessment[criterion.code] == .maitrise }.count)
    }
    let svg = heatMap.svg()
    #expect(svg.components(separatedBy: "<rect").count - 1 == 24, "six criteria × four levels")
    #expect(!svg.contains("style="), "no inline style: the report's CSP forbids it")
    let byAcademie = RegisterViews.rows(initiatives, by: .academie, grid: grid)
    #expect(byAcademie.reduce(0) { $0 + $1.initiatives } == 100)
    #expect(Set(byAcademie.map(\.group)) == ["Lille", "Amiens", "Normandie", "Reims"])
    let byDiscipline = RegisterViews.rows(initiatives, by: .discipline, grid: grid)
    #expect(
      byDiscipline.reduce(0) { $0 + $1.initiatives } == initiatives.reduce(0) { $0 + $1.disciplines.count })
    let page = RegisterPage.html(initiatives, grid: grid)
    #expect(page.contains("Carte de chaleur"))
    #expect(page.contains(PageKit.escapeHTML(grid.criteria[0].descriptors[.expertise]!)), "descriptors shown")
    #expect(!page.contains("@ac-"), "no contact in the page")
  }
}

@Suite struct RegisterSpreadsheetTests {
  static func validUAI(_ number: Int) -> String {
    String(format: "%07d", number) + String(Array("ABCDEFGHJKLMNPRSTUVWXYZ")[number % 23])
  }

  /// A register as an ODS workbook (written by Reporting's writer): header, then one row per
  /// initiative with its six levels.
  static func workbook(_ levels: [[String]], in directory: URL, name: String) throws -> URL {
    let grid = try InspectionGrid.bundled()
    let header =
      [
        "Identifiant", "UAI", "Académie", "Niveau", "Disciplines", "Usage", "Description", "Contact",
        "Statut",
      ]
      + grid.criteria.map(\.label)
    let rows: [[PageKit.Cell]] = levels.enumerated().map { index, row in
      [
        .text("A\(index + 1)"), .text(validUAI(590_001 + index)), .text("Lille"), .text("collège"),
        .text("Mathématiques ; SVT"), .text("exercices différenciés"),
        .text("Des exercices générés puis vérifiés."),
        .text("Mme Claire Martin, claire.martin@ac-lille.fr"), .text("en cours"),
      ] + row.map { PageKit.Cell.text($0) }
    }
    let url = directory.appendingPathComponent(name)
    try PageKit.writeODS([PageKit.Table(name: "Registre", header: header, rows: rows)], to: url)
    return url
  }

  @Test func registerFromAWorkbookReadsLikeTheCSVAndNamesABadRow() throws {
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let grid = try InspectionGrid.bundled()
    let good = try Self.workbook(
      [["3", "maîtrise", "4", "expertise", "3", "3"], ["1", "2", "", "", "", ""]], in: directory,
      name: "registre.ods")
    let initiatives = try RegisterImporter(grid: grid).read(good)
    #expect(initiatives.map(\.id) == ["A1", "A2"])
    #expect(initiatives[0].isValidated(on: grid))
    #expect(initiatives[0].disciplines == ["Mathématiques", "SVT"])
    #expect(initiatives[0].contact == "Mme [PERSONNE], [EMAIL]")
    #expect(!initiatives[1].isFullyAssessed(on: grid))
    let bad = try Self.workbook(
      [["3", "maîtrise", "4", "expertise", "3", "3"], ["1", "2", "5", "", "", ""]], in: directory,
      name: "registre-faux.ods")
    do {
      _ = try RegisterImporter(grid: grid).read(bad)
      Issue.record("imported")
    } catch let error as RowImportError {
      #expect(error.problems.map(\.line) == [3])
      #expect(error.problems.first?.column == "Effets sur l'apprentissage")
      #expect(error.messageFR.contains("registre-faux.ods, ligne 3"))
    }
  }
}
