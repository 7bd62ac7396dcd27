import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
import WebApp

/// The web app as a person uses it, in a real browser (headless Chromium through chromedriver):
/// log in, upload the bundled example, watch the analysis finish, rename and merge themes, code
/// the hand-coded sample, then read the changes and the agreement in the exported report.
@Suite(.serialized) struct BrowserJourneyTests {
  @Test(
    .enabled(
      if: WebDriver.available,
      "chromedriver ou Chromium absent : installez chromium et chromium-driver (scripts/setup --tests)"),
    .timeLimit(.minutes(25)))
  func aReviewerGoesFromTheExportToTheCheckedReport() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let app = try WebAppTests.app(in: folder)
    try await app.test(.live) { client in
      let port = try #require(client.port)
      let site = "http://127.0.0.1:\(port)"
      let browser = try await WebDriver()
      do {
        try await journey(browser, site: site)
        await browser.quit()
      } catch {
        let page = (try? await browser.text()) ?? ""
        let url = (try? await browser.currentURL()) ?? ""
        await browser.quit()
        Issue.record("page \(url) :\n\(page.prefix(3000))")
        throw error
      }
    }
  }

  /// The labels of the top-level themes (« autres » aside) in the report's `rapport.json`, read
  /// through the browser.
  func reportThemes(_ browser: WebDriver, projectURL: String) async throws -> [String] {
    try await browser.open("\(projectURL)/rapport/rapport.json")
    let json = try await browser.execute("return document.body.innerText;") as? String ?? ""
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let themes = try #require(document["themes"] as? [[String: Any]])
    return themes.filter { ($0["isOther"] as? Bool) != true }.compactMap { $0["label"] as? String }
  }

  func journey(_ browser: WebDriver, site: String) async throws {
    // Log in.
    try await browser.open("\(site)/projets")
    #expect(try await browser.currentURL().hasSuffix("/connexion"), "no page without a session")
    try await browser.type("analyste", into: try await browser.element("#identifiant"))
    try await browser.type(WebAppTests.password, into: try await browser.element("#mot_de_passe"))
    try await browser.click(try await browser.element("form[action='/connexion'] button[type=submit]"))
    try await browser.wait(upTo: 120, for: "la page d'accueil") { $0.contains("action=\"/projets\"") }

    // Upload the bundled example through the form.
    try await browser.type(WebAppTests.example.path, into: try await browser.element("input#export"))
    try await browser.click(try await browser.element("form[action='/projets'] button[type=submit]"))
    // The questions and their inferred types are checked before anything is stored.
    try await browser.wait(upTo: 120, for: "la vérification des questions") {
      $0.contains("Vérifier les questions avant l") && $0.contains("Que pensez-vous de l")
    }
    try await browser.click(
      try await browser.element("form[action^='/envois/']:not([action$='/abandonner']) button[type=submit]"))
    try await browser.wait(upTo: 300, for: "la page du projet") { $0.contains("Lancer l'analyse") }
    let projectURL = try await browser.currentURL()
    #expect(projectURL.contains("/projets/"))

    // Start the analysis (the rules method is the form's default) and watch it finish: the page
    // follows the job's events and reloads itself at the end.
    try await browser.click(try await browser.element("form[action$='/analyse'] button[type=submit]"))
    try await browser.wait(upTo: 1200, every: .seconds(2), for: "la fin de l'analyse") {
      $0.contains("Dernière analyse : <strong>terminée</strong>") && $0.contains("Revoir les thèmes")
    }

    // The report written at the end of the analysis: its top-level themes.
    let analysed = try await reportThemes(browser, projectURL: projectURL)
    #expect(analysed.count >= 3)

    // Rename the first theme.
    try await browser.open("\(projectURL)/themes")
    let renameField = try await browser.element("form[action$='/themes/renommer'] input[name=intitule]")
    let oldLabel = try #require(try await browser.attribute("value", of: renameField))
    #expect(oldLabel == analysed.first)
    let newLabel = "Gagner du temps dans la préparation des cours (revu)"
    try await browser.clear(renameField)
    try await browser.type(newLabel, into: renameField)
    try await browser.click(try await browser.element("form[action$='/themes/renommer'] button[type=submit]"))
    try await browser.wait(upTo: 180, for: "le thème renommé") { $0.contains(newLabel) }

    // Merge the second top-level theme into the first one (the first choice of its list).
    let mergeForms = try await browser.elements("form[action$='/themes/fusionner']")
    #expect(mergeForms.count >= analysed.count)
    let mergeForm = mergeForms[1]
    let options = try await browser.elements("select option", in: mergeForm)
    #expect(try await browser.text(of: try #require(options.first)) == newLabel)
    try await browser.click(try #require(options.first))
    try await browser.click(
      try #require(try await browser.elements("button[type=submit]", in: mergeForm).first))
    try await browser.wait(upTo: 180, for: "la fusion") { page in
      page.components(separatedBy: "/themes/fusionner\"").count - 1 == mergeForms.count - 1
    }
    let reviewed = try await reportThemes(browser, projectURL: projectURL)
    #expect(reviewed.count == analysed.count - 1)
    #expect(reviewed.first == newLabel)
    #expect(!reviewed.contains(analysed[1]) || analysed.dropFirst(2).contains(analysed[1]))

    // Code the hand-coded sample: each response of the sample, one form at a time.
    try await browser.open("\(projectURL)/echantillon")
    let total = try await browser.elements("form[action$='/echantillon/coder']").count
    #expect(total == 50)
    for index in 0..<total {
      let form = try await browser.elements("form[action$='/echantillon/coder']")[index]
      let boxes = try await browser.elements("input[type=checkbox]", in: form)
      #expect(boxes.contains { _ in true }, "a theme to choose")
      // A coder who puts every other response in the first theme and the rest in none.
      // The design system draws its own box over the input: a person clicks the label.
      if index.isMultiple(of: 2), let first = boxes.first {
        let id = try #require(try await browser.attribute("id", of: first))
        try await browser.click(try await browser.element("label[for='\(id)']"))
      }
      try await browser.click(try #require(try await browser.elements("button[type=submit]", in: form).first))
      try await browser.wait(upTo: 180, for: "la réponse \(index + 1) codée") {
        $0.contains("\(index + 1) sur \(total) codées")
      }
    }
    let samplePage = try await browser.source()
    #expect(samplePage.contains("Accord avec la machine"))
    #expect(samplePage.contains("κ global"))

    // The exported report shows the reviewers' changes and the agreement.
    try await browser.open("\(projectURL)/rapport/index.html")
    #expect(try await browser.text().contains(newLabel))
    try await browser.open("\(projectURL)/rapport/methode.html")
    let method = try await browser.text()
    #expect(method.contains("Contrôle sur un échantillon codé à la main"))
    #expect(method.contains("50 réponses codées par « analyste »"))
  }
}
