import Accounts
import Foundation
import Hummingbird
import HummingbirdTesting
import ObservatoireApp
import TestSupport
import Testing
import WebApp

/// A theme's page and its edits (statement, synthesis, split, move, validations), the stability
/// page, the review journal in the report's method page, and single sign-on.
@Suite(.serialized) struct WebAppReviewEditTests {
  typealias T = WebAppTests

  static func field(_ name: String, in form: Substring) -> String? {
    guard let range = form.range(of: "name=\"\(name)\" value=\"") else { return nil }
    return String(form[range.upperBound...].prefix { $0 != "\"" })
  }

  /// The HTML attribute value as a browser sends it back (entities decoded).
  static func decoded(_ value: String) -> String {
    value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  static func encoded(_ value: String) -> String {
    value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value
  }

  /// The form after `action` on `page`.
  static func form(_ action: String, in page: String, occurrence: Int = 1) throws -> Substring {
    let parts = page.components(separatedBy: "action=\"\(action)\"")
    try #require(parts.count > occurrence, "no form \(action)")
    let rest = parts[occurrence]
    return Substring(rest[..<(rest.range(of: "</form>")?.lowerBound ?? rest.endIndex)])
  }

  static func get(_ client: some TestClientProtocol, _ uri: String, _ session: T.Session) async throws
    -> String
  {
    try await client.execute(uri: uri, method: .get, headers: session.headers) { response in
      #expect(response.status == .ok, "\(uri): \(T.text(response))")
      return T.text(response)
    }
  }

  static func post(
    _ client: some TestClientProtocol, _ uri: String, _ session: T.Session, _ body: String
  ) async throws -> (status: HTTPResponse.Status, location: String?, text: String) {
    try await client.execute(
      uri: uri, method: .post, headers: session.formHeaders,
      body: ByteBuffer(string: "csrf=\(session.token)&" + body)
    ) { ($0.status, $0.headers[.location], T.text($0)) }
  }

  /// The first theme's page of the project's themes list, and its href.
  static func firstThemePage(_ client: some TestClientProtocol, id: String, _ session: T.Session) async throws
    -> (href: String, page: String)
  {
    let themes = try await get(client, "/projets/\(id)/themes", session)
    let start = try #require(themes.range(of: "<a href=\"/projets/\(id)/theme?")).lowerBound
    let href = decoded(String(themes[themes.index(start, offsetBy: 9)...].prefix { $0 != "\"" }))
    return (href, try await get(client, href, session))
  }

  @Test func editStatementAndSynthesisValidateThemRefuseStaleReadersAndForgedTokens() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await T.app(in: folder).test(.router) { client in
      let session = try await T.session(client)
      let id = try await T.analysedProject(client, session: session, csv: try T.exampleHead(rows: 60))
      let (href, page) = try await Self.firstThemePage(client, id: id, session)
      #expect(page.contains("Arguments et verbatims") && page.contains("<blockquote>« "))
      let statementForm = try Self.form("/projets/\(id)/themes/enonce", in: page)
      let question = try #require(Self.field("question", in: statementForm))
      let theme = try #require(Self.field("theme", in: statementForm))
      #expect(Self.field("version", in: statementForm) == "0")
      let base = "question=\(question)&theme=\(Self.encoded(Self.decoded(theme)))"

      // Statement: saved, shown, then the same stale form refused.
      let statement = "Les enseignants demandent <du temps> pour se former."
      var result = try await Self.post(
        client, "/projets/\(id)/themes/enonce", session, base + "&version=0&enonce=\(Self.encoded(statement))"
      )
      #expect(result.status == .found, "\(result.text)")
      #expect(result.location == href)
      #expect(try await Self.get(client, href, session).contains("du temps&gt; pour se former."))
      result = try await Self.post(
        client, "/projets/\(id)/themes/enonce", session, base + "&version=0&enonce=Autre")
      #expect(result.status == .conflict)
      #expect(result.text.contains("Rechargez la page"))

      // A reader may not; a missing or forged token is refused; nothing written.
      let reader = try await T.session(client, as: "lecteur")
      result = try await Self.post(
        client, "/projets/\(id)/themes/enonce", reader, base + "&version=1&enonce=Non")
      #expect(result.status == .forbidden)
      #expect(!(try await Self.get(client, href, reader)).contains("/themes/enonce"), "no form for a reader")
      try await client.execute(
        uri: "/projets/\(id)/themes/enonce", method: .post, headers: session.formHeaders,
        body: ByteBuffer(string: base + "&version=1&enonce=Sans+jeton")
      ) { #expect($0.status == .forbidden) }
      result = try await Self.post(
        client, "/projets/\(id)/themes/enonce", T.Session(cookie: session.cookie, token: reader.token),
        base + "&version=1&enonce=Jeton+d%27un+autre")
      #expect(result.status == .forbidden)

      // Synthesis: the form keeps each sentence's citations; an edited sentence saved.
      let synthesisPage = try await Self.get(client, href, session)
      let synthesisForm = try Self.form("/projets/\(id)/themes/synthese", in: synthesisPage)
      let numbering = Self.decoded(try #require(Self.field("numerotation", in: synthesisForm)))
      let keys = try JSONDecoder().decode([String].self, from: Data(numbering.utf8))
      #expect(!keys.isEmpty)
      let firstCitations = try #require(Self.field("citations-1", in: synthesisForm))
      #expect(!firstCitations.isEmpty, "the machine's citations are kept in the form")
      let synthesisBase = base + "&numerotation=\(Self.encoded(numbering))"
      // A number beyond the theme's arguments, then no citation at all: refused (400).
      result = try await Self.post(
        client, "/projets/\(id)/themes/synthese", session,
        synthesisBase + "&version=0&phrase-1=Une+phrase.&citations-1=\(keys.count + 1)")
      #expect(result.status == .badRequest)
      #expect(result.text.contains("n&#39;est pas un argument de ce thème"))
      result = try await Self.post(
        client, "/projets/\(id)/themes/synthese", session,
        synthesisBase + "&version=0&phrase-1=Une+phrase.&citations-1=")
      #expect(result.status == .badRequest)
      // A key of another theme slipped into the numbering: refused by the application layer.
      let forgedNumbering = try JSONEncoder().encode(["Q5|inconnu|0-3"])
      result = try await Self.post(
        client, "/projets/\(id)/themes/synthese", session,
        base + "&numerotation=\(Self.encoded(String(decoding: forgedNumbering, as: UTF8.self)))"
          + "&version=0&phrase-1=Une+phrase.&citations-1=1")
      #expect(result.status == .badRequest)
      #expect(result.text.contains("n&#39;appartient pas"))
      result = try await Self.post(
        client, "/projets/\(id)/themes/synthese", session,
        synthesisBase + "&version=0&phrase-1=\(Self.encoded("Former les équipes d'abord."))"
          + "&citations-1=\(Self.encoded(Self.decoded(firstCitations)))&phrase-2=&citations-2=")
      #expect(result.status == .found, "\(result.text)")
      let edited = try await Self.get(client, href, session)
      #expect(edited.contains("Former les équipes d&#39;abord."))
      #expect(
        Self.field("citations-1", in: try Self.form("/projets/\(id)/themes/synthese", in: edited))
          == firstCitations)
      result = try await Self.post(
        client, "/projets/\(id)/themes/synthese", session,
        synthesisBase + "&version=0&phrase-1=Trop+tard.&citations-1=1")
      #expect(result.status == .conflict)

      // Validate the theme's synthesis (version 1 now), then a stale validation is refused.
      result = try await Self.post(
        client, "/projets/\(id)/themes/valider-synthese", session, base + "&version=1")
      #expect(result.status == .found, "\(result.text)")
      #expect(try await Self.get(client, href, session).contains("Validée : oui (analyste)"))
      result = try await Self.post(
        client, "/projets/\(id)/themes/valider-synthese", session, base + "&version=1")
      #expect(result.status == .conflict)
      // The global synthesis, from the themes page.
      let themes = try await Self.get(client, "/projets/\(id)/themes", session)
      let globalForm = try Self.form("/projets/\(id)/themes/valider-synthese", in: themes)
      #expect(Self.field("version", in: globalForm) == "0")
      result = try await Self.post(
        client, "/projets/\(id)/themes/valider-synthese", session, "question=\(question)&version=0")
      #expect(result.status == .found)
      #expect(
        try await Self.get(client, "/projets/\(id)/themes", session).contains("Validée : oui (analyste)"))

      // The report's method page lists the changes, without any argument key.
      let method = try await Self.get(client, "/projets/\(id)/rapport/methode.html", session)
      #expect(method.contains("Journal des révisions"))
      #expect(method.contains("Modifier un énoncé") && method.contains("Modifier une synthèse"))
      #expect(method.contains("synthèse d&#39;ensemble : non validée → validée"))
      #expect(!method.contains(keys[0]), "no argument key (it names a respondent)")
    }
  }

  @Test func splitByCheckingArgumentsAndMoveOneRefusingStaleForms() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await T.app(in: folder).test(.router) { client in
      let session = try await T.session(client)
      let id = try await T.analysedProject(client, session: session, csv: try T.exampleHead(rows: 60))
      let (href, page) = try await Self.firstThemePage(client, id: id, session)
      let splitForm = try Self.form("/projets/\(id)/themes/scinder", in: page)
      let question = try #require(Self.field("question", in: splitForm))
      let theme = Self.decoded(try #require(Self.field("theme", in: splitForm)))
      // Each argument's box: `value="version|key"`.
      let boxes = page.components(separatedBy: "form=\"scinder\"").dropFirst().compactMap { part -> String? in
        guard let range = part.range(of: "value=\"") else { return nil }
        return String(part[range.upperBound...].prefix { $0 != "\"" })
      }
      try #require(boxes.count >= 3, "a theme of at least three arguments")
      let base = "question=\(question)&theme=\(Self.encoded(theme))"
      let checked =
        "&arg-1=\(Self.encoded(Self.decoded(boxes[0])))&arg-2=\(Self.encoded(Self.decoded(boxes[1])))"
      // No label: refused; then split.
      var result = try await Self.post(
        client, "/projets/\(id)/themes/scinder", session, base + "&version=0" + checked)
      #expect(result.status == .badRequest)
      result = try await Self.post(
        client, "/projets/\(id)/themes/scinder", session,
        base + "&version=0&intitule=Nouveau+th%C3%A8me" + checked)
      #expect(result.status == .found, "\(result.text)")
      let newHref = try #require(result.location)
      #expect(newHref != href)
      let newPage = try await Self.get(client, newHref, session)
      #expect(newPage.contains("Nouveau thème") && newPage.contains("Arguments du thème (2)"))
      #expect(try await Self.get(client, href, session).contains("Arguments du thème (\(boxes.count - 2))"))
      // The same split again, from the stale page: refused.
      result = try await Self.post(
        client, "/projets/\(id)/themes/scinder", session, base + "&version=0&intitule=Encore" + checked)
      #expect(result.status == .conflict)

      // Move the new theme's first argument back to the first theme.
      let moveForm = try Self.form("/projets/\(id)/themes/deplacer", in: newPage)
      let argument = Self.decoded(try #require(Self.field("argument", in: moveForm)))
      let version = try #require(Self.field("version", in: moveForm))
      #expect(version == "1", "the split bumped the argument's version")
      let moveBase =
        "question=\(question)&theme=\(Self.encoded(Self.decoded(try #require(Self.field("theme", in: moveForm)))))"
        + "&argument=\(Self.encoded(argument))&cible=\(Self.encoded(theme))"
      result = try await Self.post(client, "/projets/\(id)/themes/deplacer", session, moveBase + "&version=1")
      #expect(result.status == .found, "\(result.text)")
      #expect(try await Self.get(client, newHref, session).contains("Arguments du thème (1)"))
      result = try await Self.post(client, "/projets/\(id)/themes/deplacer", session, moveBase + "&version=1")
      #expect(result.status == .conflict)
      let reader = try await T.session(client, as: "lecteur")
      result = try await Self.post(client, "/projets/\(id)/themes/deplacer", reader, moveBase + "&version=2")
      #expect(result.status == .forbidden)
      try await client.execute(
        uri: "/projets/\(id)/themes/scinder", method: .post, headers: session.formHeaders,
        body: ByteBuffer(string: base + "&version=1&intitule=X" + checked)
      ) { #expect($0.status == .forbidden, "no token") }

      let audit = try ProjectReview.auditLog(
        project: folder.appendingPathComponent("projets/\(id)/projet.observatoire").path)
      #expect(audit.map(\.action) == ["scinder-theme", "deplacer-argument"])
      let method = try await Self.get(client, "/projets/\(id)/rapport/methode.html", session)
      #expect(method.contains("Scinder un thème") && method.contains("+ « Nouveau thème »"))
      #expect(method.contains("un argument déplacé vers"))
    }
  }

  @Test func stabilityIsMeasuredInTheBackgroundAndSortsThemesToReadFirst() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await T.app(in: folder).test(.router) { client in
      let session = try await T.session(client)
      let id = try await T.analysedProject(client, session: session, csv: try T.exampleHead(rows: 60))
      var page = ""
      for _ in 0..<900 {
        page = try await Self.get(client, "/projets/\(id)/stabilite?tri=lire-dabord", session)
        if !page.contains("Mesure en cours") { break }
        try await Task.sleep(for: .milliseconds(100))
      }
      #expect(page.contains("Score de stabilité") && page.contains("Intervalle des répondants"), "\(page)")
      #expect(page.contains("<strong>à lire d'abord</strong>"))
      // Least stable first: scores ascending.
      let scores = page.components(separatedBy: "</a></th><td>").dropFirst().compactMap {
        Double($0.prefix { $0 != "<" }.replacingOccurrences(of: ",", with: "."))
      }
      #expect(!scores.isEmpty)
      #expect(scores == scores.sorted(), "\(scores)")
      #expect(scores.allSatisfy { (0...1).contains($0) })
      // A reader reads it too.
      let reader = try await T.session(client, as: "lecteur")
      #expect(try await Self.get(client, "/projets/\(id)/stabilite", reader).contains("Score de stabilité"))
    }
  }
}

/// Single sign-on: the proxy's header logs a request in as an existing account, only when the
/// server was told to trust it.
@Suite struct WebAppSingleSignOnTests {
  static func app(in folder: URL, header: String?) throws -> some ApplicationProtocol {
    _ = try WebAppTests.app(in: folder)  // the accounts
    var configuration = try WebAppTests.configuration(in: folder)
    configuration.trustedIdentityHeader = header
    return Application(router: try WebServer.router(configuration))
  }

  @Test func theProxysHeaderLogsInAnExistingAccountOnlyWhenTrusted() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await Self.app(in: folder, header: "X-Remote-User").test(.router) { client in
      try await client.execute(uri: "/", method: .get, headers: [.init("X-Remote-User")!: "lecteur"]) {
        response in
        #expect(response.status == .ok)
        #expect(WebAppTests.text(response).contains("lecteur (lecteur)"))
      }
      try await client.execute(uri: "/", method: .get, headers: [.init("X-Remote-User")!: "inconnu"]) {
        response in
        #expect(response.status == .forbidden)
        #expect(WebAppTests.text(response).contains("n&#39;existe pas dans Observatoire"))
      }
      // The header's account, with its role: a reader still may not change anything.
      let (cookie, token) = try await client.execute(
        uri: "/", method: .get, headers: [.init("X-Remote-User")!: "lecteur"]
      ) {
        (try #require(WebAppTests.cookies($0).first), try WebAppTests.csrfToken(in: WebAppTests.text($0)))
      }
      try await client.execute(
        uri: "/projets?nom=export.csv", method: .post,
        headers: [.init("X-Remote-User")!: "lecteur", .cookie: cookie, .init("X-CSRF-Token")!: token],
        body: ByteBuffer(string: "a;b\n1;2\n")
      ) { #expect($0.status == .forbidden) }
    }
    try await Self.app(in: folder, header: nil).test(.router) { client in
      try await client.execute(uri: "/", method: .get, headers: [.init("X-Remote-User")!: "admin"]) {
        response in
        #expect(response.status == .found, "the header is ignored when not trusted")
        #expect(response.headers[.location] == "/connexion")
      }
    }
  }
}
