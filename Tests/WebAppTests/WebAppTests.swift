import Accounts
import Foundation
import Hummingbird
import HummingbirdTesting
import ObservatoireApp
import TestSupport
import Testing
import WebApp

/// The web app driven in-process through its router (HummingbirdTesting), on the bundled example.
@Suite(.serialized) struct WebAppTests {
  static let example = Fixtures.repositoryRoot.appendingPathComponent("examples/enseignants-ia.csv")

  static func exampleHead(rows: Int) throws -> String {
    let lines = try String(contentsOf: example, encoding: .utf8).split(separator: "\n")
    return lines.prefix(rows + 1).joined(separator: "\n") + "\n"
  }

  static func configuration(in folder: URL, maxUploadBytes: Int = 5_000_000) throws -> WebServerConfiguration
  {
    var models = try ModelSettings.resolve(
      ModelOverrides(embedder: Fixtures.model(Fixtures.e5Small).path, threads: 1),
      currentDirectory: folder, environment: [:])
    models.generator = "/absent.gguf"  // the rules method never loads it
    var configuration = WebServerConfiguration(dataDirectory: folder, models: models)
    configuration.maxUploadBytes = maxUploadBytes
    return configuration
  }

  static let password = "un mot de passe assez long"

  /// The app on `folder`, with an analyst and a reader account (a cheap scrypt for the tests).
  static func app(in folder: URL, maxUploadBytes: Int = 5_000_000) throws -> some ApplicationProtocol {
    let accounts = try AccountStore(dataFolder: folder, hasher: PasswordHasher(logRounds: 10))
    for (identifier, role) in [
      ("analyste", Role.analyst), ("lecteur", Role.reader), ("admin", Role.administrator),
    ]
    where try accounts.account(identifier) == nil {
      try accounts.addAccount(identifier, role: role, password: password)
    }
    return Application(
      router: try WebServer.router(try configuration(in: folder, maxUploadBytes: maxUploadBytes)))
  }

  /// `name=value` of each Set-Cookie of a response.
  static func cookies(_ response: TestResponse) -> [String] {
    response.headers[values: .setCookie].compactMap { $0.split(separator: ";").first.map(String.init) }
  }

  static func csrfToken(in page: String) throws -> String {
    let marker = "name=\"csrf\" value=\""
    let start = try #require(page.range(of: marker)).upperBound
    return String(page[start...].prefix { $0 != "\"" })
  }

  static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

  /// Uploads `csv` as a new project, analyses it without a model and waits for the job's end.
  static func analysedProject(_ client: some TestClientProtocol, session: Session, csv: String) async throws
    -> String
  {
    let id = try await client.execute(
      uri: "/projets?nom=export.csv", method: .post, headers: session.headers, body: ByteBuffer(string: csv)
    ) { try projectID(from: $0) }
    try await client.execute(
      uri: "/projets/\(id)/analyse", method: .post, headers: session.formHeaders,
      body: ByteBuffer(string: "csrf=\(session.token)&methode=regles")
    ) { #expect($0.status == .found) }
    let events = try await client.execute(
      uri: "/projets/\(id)/analyse/evenements", method: .get, headers: session.headers
    ) { text($0) }
    #expect(events.contains("event: fin\ndata: terminée"), "\(events)")
    return id
  }

  /// A browser's session: the cookie the server set on a first page, and the CSRF token of its forms.
  struct Session {
    var cookie: String
    var token: String
    var headers: HTTPFields { [.cookie: cookie, .init("X-CSRF-Token")!: token] }
    var formHeaders: HTTPFields {
      [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
    }
  }

  /// Logs in as `identifier` the way a browser does: the login page (a session and its token),
  /// the form, then the home page with the new session's cookies and token.
  static func session(_ client: some TestClientProtocol, as identifier: String = "analyste") async throws
    -> Session
  {
    let (first, loginToken) = try await client.execute(uri: "/connexion", method: .get) { response in
      let setCookie = try #require(response.headers[.setCookie])
      #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
      return (try #require(cookies(response).first), try csrfToken(in: text(response)))
    }
    let loggedIn = try await client.execute(
      uri: "/connexion", method: .post,
      headers: [.cookie: first, .contentType: "application/x-www-form-urlencoded"],
      body: ByteBuffer(
        string:
          "csrf=\(loginToken)&identifiant=\(identifier)&mot_de_passe=\(password.replacingOccurrences(of: " ", with: "+"))"
      )
    ) { response in
      #expect(response.status == .found, "\(text(response))")
      return cookies(response)
    }
    #expect(loggedIn.count == 2, "a new session and the account")
    let cookie = loggedIn.joined(separator: "; ")
    let token = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) { response in
      #expect(response.status == .ok)
      return try csrfToken(in: text(response))
    }
    return Session(cookie: cookie, token: token)
  }

  /// What a browser sends from the question check at `review` (`/envois/<jeton>`): each type
  /// as selected and each segment box as checked on the page, with `changes` (field → value,
  /// nil unchecks) applied; returns the new project's id.
  static func importAsReviewed(
    _ client: some TestClientProtocol, session: Session, review: String, changes: [String: String?] = [:]
  ) async throws -> String {
    let page = try await client.execute(uri: review, method: .get, headers: session.headers) { response in
      #expect(response.status == .ok)
      return text(response)
    }
    var fields = reviewFields(page)
    for (name, value) in changes { fields[name] = value }
    let body = (["csrf=\(session.token)"] + fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
      .joined(separator: "&")
    return try await client.execute(
      uri: review, method: .post, headers: session.formHeaders, body: ByteBuffer(string: body)
    ) { response in
      #expect(response.status == .found, "\(text(response))")
      return try projectID(from: response)
    }
  }

  /// The check page's fields as a browser would send them: `type-N` → its selected option,
  /// `segment-N` → « oui » when checked.
  static func reviewFields(_ page: String) -> [String: String] {
    var fields: [String: String] = [:]
    for select in page.components(separatedBy: "<select ").dropFirst() {
      guard let name = select.firstMatch(of: /name="(type-\d+)"/)?.1,
        let selected = select.firstMatch(of: /value="([a-z_]+)" selected/)?.1
      else { continue }
      fields[String(name)] = String(selected)
    }
    for box in page.matches(of: /name="(segment-\d+)" value="oui"( checked)?/) where box.2 != nil {
      fields[String(box.1)] = "oui"
    }
    return fields
  }

  static func projectID(from response: TestResponse) throws -> String {
    let location = try #require(response.headers[.location])
    #expect(location.hasPrefix("/projets/"))
    return String(location.dropFirst("/projets/".count))
  }

  @Test func healthAndHomePage() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await Self.app(in: folder).test(.router) { client in
      try await client.execute(uri: "/healthz", method: .get) { response in
        #expect(response.status == .ok)
        #expect(Self.text(response) == "ok\n")
      }
      try await client.execute(uri: "/", method: .get) { response in
        #expect(response.status == .found, "no page without a session")
        #expect(response.headers[.location] == "/connexion")
      }
      let session = try await Self.session(client)
      try await client.execute(uri: "/", method: .get, headers: [.cookie: session.cookie]) { response in
        let page = Self.text(response)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
        #expect(page.contains("<html lang=\"fr\""))
        #expect(page.contains("fr-skiplinks") && page.contains("République<br>française"))
        #expect(page.contains("Aucun projet"))
        #expect(page.contains("analyste (analyste)") && page.contains("Se déconnecter"))
        #expect(page.contains("enctype=\"multipart/form-data\""), "the upload works without JavaScript")
      }
    }
  }

  @Test func uploadImportAnalyseFollowAndReadTheReport() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = try Self.exampleHead(rows: 60)
    try await Self.app(in: folder).test(.router) { client in
      // A browser's form: multipart, streamed to disk, imported.
      let session = try await Self.session(client)
      let boundary = "----observatoire-test"
      let form =
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(session.token)\r\n"
        + "--\(boundary)\r\nContent-Disposition: form-data; name=\"export\"; filename=\"enquête enseignants.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n\(csv)\r\n--\(boundary)--\r\n"
      let review = try await client.execute(
        uri: "/projets", method: .post,
        headers: [.contentType: "multipart/form-data; boundary=\(boundary)", .cookie: session.cookie],
        body: ByteBuffer(string: form)
      ) { response in
        #expect(response.status == .found, "\(Self.text(response))")
        return try #require(response.headers[.location])
      }
      // The questions are checked before the import (the types as inferred, here).
      let id = try await Self.importAsReviewed(client, session: session, review: review)
      #expect(id.hasPrefix("enquete-enseignants-"))
      try await client.execute(uri: "/projets/\(id)", method: .get, headers: session.headers) { response in
        #expect(response.status == .ok)
        #expect(Self.text(response).contains("60 répondants"))
        #expect(Self.text(response).contains("Lancer l'analyse"))
      }
      try await client.execute(uri: "/", method: .get, headers: session.headers) { response in
        #expect(Self.text(response).contains("/projets/\(id)"))
      }

      // The analysis runs as a background job; its events replay, then follow, until it ends.
      try await client.execute(
        uri: "/projets/\(id)/analyse", method: .post, headers: session.formHeaders,
        body: ByteBuffer(string: "csrf=\(session.token)&methode=regles")
      ) { response in
        #expect(response.status == .found, "\(Self.text(response))")
      }
      try await client.execute(uri: "/projets/\(id)/analyse", method: .post, headers: session.headers) {
        response in
        // Either still running (refused, one job per project) or already over (a new one starts).
        #expect(response.status == .conflict || response.status == .found)
      }
      try await client.execute(
        uri: "/projets/\(id)/analyse/evenements", method: .get, headers: session.headers
      ) {
        response in
        #expect(response.headers[.contentType]?.hasPrefix("text/event-stream") == true)
        let stream = Self.text(response)
        #expect(stream.contains("event: debut\ndata: Questions : Q5"))
        #expect(stream.contains("event: progression"))
        #expect(stream.contains("event: question\ndata: Q5 analysée"))
        #expect(
          stream.contains("event: fin\ndata: terminée — Analyse terminée ; rapport mis à jour."), "\(stream)")
      }
      try await client.execute(
        uri: "/projets/\(id)/rapport/index.html", method: .get, headers: session.headers
      ) {
        response in
        #expect(response.status == .ok)
        #expect(Self.text(response).contains("Que pensez-vous de l&#39;usage de l&#39;IA"))
      }
      try await client.execute(
        uri: "/projets/\(id)/rapport/rapport.json", method: .get, headers: session.headers
      ) {
        response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/json")
      }
      // Nothing outside the report's folder is served.
      for path in ["rapport/../projet.observatoire", "rapport/%2e%2e/projet.observatoire", "rapport/"] {
        try await client.execute(uri: "/projets/\(id)/\(path)", method: .get, headers: session.headers) {
          response in
          #expect(response.status == .notFound, "\(path)")
        }
      }
      try await client.execute(uri: "/projets/\(id)/analyse/annuler", method: .post, headers: session.headers)
      {
        response in
        #expect(response.status == .conflict)
        #expect(Self.text(response).contains("Aucune analyse en cours"))
      }
      try await client.execute(uri: "/metrics", method: .get) { response in
        let metrics = Self.text(response)
        #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
        #expect(metrics.contains("observatoire_imports_total 1"), "\(metrics)")
        #expect(metrics.contains("observatoire_analyses_lancees_total"))
      }
    }
  }

  /// A browser's upload waits, unimported, for its sender to check the questions' types: a
  /// corrected type and segment reach the project; nobody else sees the waiting export; an
  /// abandoned or imported one leaves nothing behind.
  @Test func theSenderChecksTheQuestionsBeforeTheImport() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = try Self.exampleHead(rows: 40)
    let waiting = folder.appendingPathComponent("envois-a-verifier")
    @Sendable func waitingExports() -> [String] {
      (try? FileManager.default.contentsOfDirectory(atPath: waiting.path)) ?? []
    }
    try await Self.app(in: folder).test(.router) { client in
      let session = try await Self.session(client)
      func send() async throws -> String {
        try await client.execute(
          uri: "/projets", method: .post, headers: ObservatoryWebTests.formHeaders(session),
          body: ObservatoryWebTests.form(file: "enquete.csv", contents: Data(csv.utf8), csrf: session.token)
        ) { response in
          #expect(response.status == .found, "\(Self.text(response))")
          let location = try #require(response.headers[.location])
          #expect(location.hasPrefix("/envois/"))
          return location
        }
      }
      let review = try await send()
      let page = try await client.execute(uri: review, method: .get, headers: session.headers) {
        Self.text($0)
      }
      #expect(page.contains("40 réponses"), "\(page)")
      #expect(page.contains("Que pensez-vous de l&#39;usage de l&#39;IA dans les établissements scolaires ?"))
      let fields = Self.reviewFields(page)
      #expect(fields.values.filter { $0 == "texte_libre" }.count == 1, "\(fields)")
      let roleField = try #require(page.firstMatch(of: /for="(type-\d+)">Votre fonction</)?.1).description
      #expect(fields[roleField] == "choix_unique")
      let q1Segment = try #require(
        page.firstMatch(of: /for="type-(\d+)">Utilisez-vous l&#39;IA pour préparer/)?.1
      ).description
      #expect(fields["segment-\(q1Segment)"] == nil)
      try await client.execute(uri: "/", method: .get, headers: session.headers) { response in
        #expect(Self.text(response).contains("Aucun projet"), "nothing is imported before the check")
      }

      // The reader (or any other account) does not see the waiting export, nor can import it.
      let reader = try await Self.session(client, as: "lecteur")
      try await client.execute(uri: review, method: .get, headers: reader.headers) { response in
        #expect(response.status == .notFound)
      }
      let admin = try await Self.session(client, as: "admin")
      try await client.execute(
        uri: review, method: .post, headers: admin.formHeaders,
        body: ByteBuffer(string: "csrf=\(admin.token)")
      ) { response in
        #expect(response.status == .notFound)
      }

      // Imported with ROLE as metadata and Q1 as a segment.
      let id = try await Self.importAsReviewed(
        client, session: session, review: review,
        changes: [roleField: "identifiant", "segment-\(q1Segment)": "oui"])
      let statistics = try ProjectStatistics.compute(
        project: folder.appendingPathComponent("projets/\(id)/projet.observatoire").path)
      #expect(!statistics.statistics.contains { $0.questionID.rawValue == "ROLE" }, "ROLE is not analysed")
      #expect(statistics.statistics.contains { $0.questionID.rawValue == "Q1" })
      try await client.execute(uri: "/projets/\(id)", method: .get, headers: session.headers) { response in
        #expect(Self.text(response).contains("40 répondants"))
      }
      #expect(waitingExports().isEmpty, "the raw export leaves once imported")
      try await client.execute(uri: review, method: .get, headers: session.headers) { response in
        #expect(response.status == .notFound)
      }

      // Abandoned: nothing imported, nothing left.
      let second = try await send()
      #expect(waitingExports().count == 1)
      try await client.execute(
        uri: second + "/abandonner", method: .post, headers: session.formHeaders,
        body: ByteBuffer(string: "csrf=\(session.token)")
      ) { response in
        #expect(response.status == .found)
      }
      #expect(waitingExports().isEmpty)
      try await client.execute(uri: "/", method: .get, headers: session.headers) { response in
        #expect(
          Self.text(response).components(separatedBy: "<li><a href=\"/projets/").count == 2, "one project")
      }
    }
  }

  @Test func uploadsBeyondTheLimitAreRefusedAndLeaveNothing() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = try Self.exampleHead(rows: 60)
    try await Self.app(in: folder, maxUploadBytes: 2_000).test(.router) { client in
      let session = try await Self.session(client)
      try await client.execute(
        uri: "/projets?nom=export.csv", method: .post, headers: session.headers, body: ByteBuffer(string: csv)
      ) { response in
        #expect(response.status == .contentTooLarge)
        #expect(Self.text(response).contains("Fichier trop volumineux"))
      }
      try await client.execute(
        uri: "/projets", method: .post, headers: session.headers, body: ByteBuffer(string: "a,b\n1,2\n")
      ) { response in
        #expect(response.status == .badRequest)
        #expect(Self.text(response).contains("Nom de fichier manquant"))
      }
      try await client.execute(
        uri: "/projets?nom=notes.pdf", method: .post, headers: session.headers,
        body: ByteBuffer(string: "%PDF-1.4")
      ) { response in
        #expect(response.status == .badRequest)
        #expect(Self.text(response).contains("n&#39;est pas un export CSV, TSV, XLSX ou ODS"))
      }
      // A broken export: the importer's French error, and no project left behind.
      try await client.execute(
        uri: "/projets?nom=casse.xlsx", method: .post, headers: session.headers,
        body: ByteBuffer(string: "pas un classeur")
      ) { response in
        #expect(response.status == .badRequest)
        #expect(Self.text(response).contains("casse.xlsx"), "\(Self.text(response))")
      }
    }
    let projects = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("projets").path)
    #expect(projects.isEmpty, "\(projects)")
  }

  @Test func unknownProjectsAndIdsThatCouldLeaveTheFolderAre404() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await Self.app(in: folder).test(.router) { client in
      let session = try await Self.session(client)
      for uri in ["/projets/inconnu", "/projets/..", "/projets/A_B/rapport/index.html", "/rien"] {
        try await client.execute(uri: uri, method: .get, headers: session.headers) { response in
          #expect(response.status == .notFound, "\(uri)")
          #expect(Self.text(response).contains("introuvable"), "\(uri)")
        }
      }
    }
  }
}

/// A server stopped during a job: after a restart the project says the analysis was cut short
/// and why; its data and what the job had computed stay.
@Suite struct WebAppRestartTests {
  @Test func aJobCutShortByAStopIsReportedAfterARestart() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = try WebAppTests.exampleHead(rows: 30)
    let id = try await WebAppTests.app(in: folder).test(.router) { client in
      let session = try await WebAppTests.session(client)
      return try await client.execute(
        uri: "/projets?nom=export.csv", method: .post, headers: session.headers, body: ByteBuffer(string: csv)
      ) {
        try WebAppTests.projectID(from: $0)
      }
    }
    // What a server killed during a job leaves behind: a record still « en cours ».
    let record = folder.appendingPathComponent("projets/\(id)/analyse.json")
    try Data(#"{"state":"en cours","message":"Analyse en cours.","date":0}"#.utf8).write(to: record)

    try await WebAppTests.app(in: folder).test(.router) { client in
      let session = try await WebAppTests.session(client)
      try await client.execute(uri: "/projets/\(id)", method: .get, headers: session.headers) { response in
        let page = WebAppTests.text(response)
        #expect(response.status == .ok)
        #expect(page.contains("<strong>échouée</strong>"), "\(page)")
        #expect(page.contains("le serveur s&#39;est arrêté pendant l&#39;analyse"))
        #expect(page.contains("30 répondants"), "the project's data is intact")
        #expect(page.contains("Lancer l&#39;analyse") || page.contains("Lancer l'analyse"))
      }
      try await client.execute(
        uri: "/projets/\(id)/analyse/evenements", method: .get, headers: session.headers
      ) {
        response in
        #expect(WebAppTests.text(response).contains("event: fin\ndata: échouée — le serveur"))
      }
    }
  }
}

/// Every state-changing request needs the session's CSRF token: a form sent from another site
/// (no token, or another session's) changes nothing.
@Suite struct WebAppCSRFTests {
  @Test func requestsWithoutTheSessionsTokenAreRefused() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = try WebAppTests.exampleHead(rows: 20)
    try await WebAppTests.app(in: folder).test(.router) { client in
      let mine = try await WebAppTests.session(client)
      let other = try await WebAppTests.session(client)
      #expect(mine.token != other.token)
      // Upload: no token, then another session's token.
      try await client.execute(
        uri: "/projets?nom=export.csv", method: .post, headers: [.cookie: mine.cookie],
        body: ByteBuffer(string: csv)
      ) { response in
        #expect(response.status == .forbidden)
        #expect(WebAppTests.text(response).contains("jeton de sécurité"))
      }
      try await client.execute(
        uri: "/projets?nom=export.csv", method: .post,
        headers: [.cookie: mine.cookie, .init("X-CSRF-Token")!: other.token], body: ByteBuffer(string: csv)
      ) { response in
        #expect(response.status == .forbidden)
      }
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("projets").path)
          .isEmpty)
      let id = try await client.execute(
        uri: "/projets?nom=export.csv", method: .post, headers: mine.headers, body: ByteBuffer(string: csv)
      ) { try WebAppTests.projectID(from: $0) }
      // A form posted without the token, or with a forged cookie.
      try await client.execute(
        uri: "/projets/\(id)/analyse", method: .post, headers: mine.formHeaders,
        body: ByteBuffer(string: "methode=regles")
      ) { response in
        #expect(response.status == .forbidden)
      }
      let forged = mine.cookie.dropLast(3) + "abc"
      try await client.execute(
        uri: "/projets/\(id)/analyse", method: .post,
        headers: [.cookie: String(forged), .contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: "csrf=\(mine.token)&methode=regles")
      ) { response in
        // A forged cookie is no session: not logged in.
        #expect(response.status == .unauthorized)
      }
      try await client.execute(uri: "/projets/\(id)", method: .get, headers: mine.headers) { response in
        #expect(!WebAppTests.text(response).contains("Dernière analyse"), "no job was started")
      }
    }
  }
}

/// Who may do what: no page without a login, a reader reads but changes nothing, logins are
/// rate-limited, logging out ends the session's login.
@Suite struct WebAppAccountTests {
  @Test func loginRolesThrottleAndLogout() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = try WebAppTests.exampleHead(rows: 20)
    try await WebAppTests.app(in: folder).test(.router) { client in
      let analyst = try await WebAppTests.session(client)
      let id = try await client.execute(
        uri: "/projets?nom=export.csv", method: .post, headers: analyst.headers, body: ByteBuffer(string: csv)
      ) { try WebAppTests.projectID(from: $0) }

      // Without a login: pages redirect, changes are refused, the report is not served.
      try await client.execute(uri: "/projets/\(id)", method: .get) { response in
        #expect(response.status == .found)
        #expect(response.headers[.location] == "/connexion")
      }
      try await client.execute(uri: "/projets/\(id)/rapport/index.html", method: .get) { response in
        #expect(response.status == .found)
      }
      try await client.execute(uri: "/projets/\(id)/analyse", method: .post) { response in
        #expect(response.status == .unauthorized)
      }
      // The probes stay open.
      try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }

      // A reader sees the project, without its forms, and cannot start anything.
      let reader = try await WebAppTests.session(client, as: "lecteur")
      try await client.execute(uri: "/projets/\(id)", method: .get, headers: reader.headers) { response in
        let page = WebAppTests.text(response)
        #expect(response.status == .ok)
        #expect(page.contains("20 répondants"))
        #expect(!page.contains("Lancer l&#39;analyse") && !page.contains("Lancer l'analyse"))
      }
      try await client.execute(uri: "/", method: .get, headers: reader.headers) { response in
        #expect(!WebAppTests.text(response).contains("Importer un export"))
      }
      try await client.execute(
        uri: "/projets/\(id)/analyse", method: .post, headers: reader.formHeaders,
        body: ByteBuffer(string: "csrf=\(reader.token)&methode=regles")
      ) { response in
        #expect(response.status == .forbidden)
        #expect(WebAppTests.text(response).contains("Votre rôle (lecteur) permet de lire"))
      }

      // Wrong passwords: the same message whether the account exists or not, then a lockout.
      let (cookie, token) = try await client.execute(uri: "/connexion", method: .get) { response in
        (WebAppTests.cookies(response).first ?? "", try WebAppTests.csrfToken(in: WebAppTests.text(response)))
      }
      var statuses: [HTTPResponse.Status] = []
      for attempt in 0..<6 {
        let who = attempt.isMultiple(of: 2) ? "analyste" : "personne"
        statuses.append(
          try await client.execute(
            uri: "/connexion", method: .post,
            headers: [
              .cookie: cookie, .contentType: "application/x-www-form-urlencoded",
              .init("X-Forwarded-For")!: "10.0.0.9",
            ],
            body: ByteBuffer(string: "csrf=\(token)&identifiant=\(who)&mot_de_passe=faux")
          ) { response in
            if response.status == .unauthorized {
              #expect(WebAppTests.text(response).contains("Identifiant ou mot de passe incorrect."))
            }
            return response.status
          })
      }
      #expect(Array(statuses.prefix(5)) == Array(repeating: .unauthorized, count: 5))
      #expect(statuses.last == .tooManyRequests)

      // Logging out: the account cookie is cleared; the old one no longer opens a page.
      try await client.execute(
        uri: "/deconnexion", method: .post, headers: analyst.formHeaders,
        body: ByteBuffer(string: "csrf=\(analyst.token)")
      ) { response in
        #expect(response.status == .found)
        #expect(response.headers[values: .setCookie].contains { $0.hasPrefix("observatoire_compte=;") })
      }
    }
  }
}

/// Reviewers rename and validate themes in the app: the change is kept apart from the analysis
/// with its author, shown at once and in the rewritten report; a save from a stale page is refused.
@Suite struct WebAppReviewTests {
  static func field(_ name: String, in form: Substring) -> String? {
    guard let range = form.range(of: "name=\"\(name)\" value=\"") else { return nil }
    return String(form[range.upperBound...].prefix { $0 != "\"" })
  }

  @Test func renameValidateAndAStaleSaveIsRefused() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = try WebAppTests.exampleHead(rows: 60)
    try await WebAppTests.app(in: folder).test(.router) { client in
      let session = try await WebAppTests.session(client)
      let id = try await WebAppTests.analysedProject(client, session: session, csv: csv)

      let page = try await client.execute(
        uri: "/projets/\(id)/themes", method: .get, headers: session.headers
      ) {
        #expect($0.status == .ok)
        return WebAppTests.text($0)
      }
      let formStart = try #require(page.range(of: "action=\"/projets/\(id)/themes/renommer\""))
      let form = page[formStart.upperBound...].prefix(600)
      let theme = try #require(Self.field("theme", in: form))
      let version = try #require(Self.field("version", in: form))
      #expect(version == "0")

      let label = "Former d'abord <les> équipes"
      let body =
        "csrf=\(session.token)&question=Q5&theme=\(theme)&version=0&intitule="
        + (label.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
      try await client.execute(
        uri: "/projets/\(id)/themes/renommer", method: .post, headers: session.formHeaders,
        body: ByteBuffer(string: body)
      ) { response in
        #expect(response.status == .found, "\(WebAppTests.text(response))")
      }
      try await client.execute(uri: "/projets/\(id)/themes", method: .get, headers: session.headers) {
        response in
        #expect(WebAppTests.text(response).contains("Former d&#39;abord &lt;les&gt; équipes"))
      }
      // The page's body is kept between requests: another session's forms carry its own token.
      let colleague = try await WebAppTests.session(client)
      #expect(colleague.token != session.token)
      for reviewer in [colleague, session] {
        try await client.execute(uri: "/projets/\(id)/themes", method: .get, headers: reviewer.headers) {
          response in
          let page = WebAppTests.text(response)
          let tokens = page.components(separatedBy: "name=\"csrf\" value=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
          }
          #expect(tokens.count > 3)
          #expect(Set(tokens) == [reviewer.token])
          #expect(page.contains("Former d&#39;abord &lt;les&gt; équipes"))
        }
      }
      try await client.execute(
        uri: "/projets/\(id)/rapport/index.html", method: .get, headers: session.headers
      ) {
        #expect(WebAppTests.text($0).contains("Former d&#39;abord &lt;les&gt; équipes"), "the report follows")
      }
      // The same form sent again (version 0, now 1): refused, nothing written.
      try await client.execute(
        uri: "/projets/\(id)/themes/renommer", method: .post, headers: session.formHeaders,
        body: ByteBuffer(string: "csrf=\(session.token)&question=Q5&theme=\(theme)&version=0&intitule=Autre")
      ) { response in
        #expect(response.status == .conflict)
      }
      try await client.execute(
        uri: "/projets/\(id)/themes/valider", method: .post, headers: session.formHeaders,
        body: ByteBuffer(string: "csrf=\(session.token)&question=Q5&theme=\(theme)&version=1")
      ) { #expect($0.status == .found) }
      try await client.execute(uri: "/projets/\(id)/themes", method: .get, headers: session.headers) {
        response in
        #expect(WebAppTests.text(response).contains("oui (analyste)"))
        #expect(!WebAppTests.text(response).contains("Autre<"))
      }
      // Merge the second theme into the first: it disappears from the list.
      let second = try await client.execute(
        uri: "/projets/\(id)/themes", method: .get, headers: session.headers
      ) {
        let page = WebAppTests.text($0)
        let forms = page.components(separatedBy: "action=\"/projets/\(id)/themes/fusionner\"")
        let form = Substring(forms[2])
        return (Self.field("theme", in: form), Self.field("version", in: form), page)
      }
      let secondKey = try #require(second.0)
      let secondLabelCount = second.2.components(separatedBy: "name=\"theme\" value=\"\(secondKey)\"").count
      #expect(secondLabelCount > 1)
      try await client.execute(
        uri: "/projets/\(id)/themes/fusionner", method: .post, headers: session.formHeaders,
        body: ByteBuffer(
          string:
            "csrf=\(session.token)&question=Q5&theme=\(secondKey)&version=\(second.1 ?? "0")&cible=\(theme)%7C2"
        )
      ) { response in
        #expect(response.status == .found, "\(WebAppTests.text(response))")
      }
      try await client.execute(uri: "/projets/\(id)/themes", method: .get, headers: session.headers) {
        response in
        #expect(!WebAppTests.text(response).contains("name=\"theme\" value=\"\(secondKey)\""), "merged away")
      }
      let audit = try ProjectReview.auditLog(
        project: folder.appendingPathComponent("projets/\(id)/projet.observatoire").path)
      #expect(audit.map(\.action) == ["renommer-theme", "valider-theme", "fusionner-themes"])
      try await client.execute(uri: "/projets/\(id)/journal", method: .get, headers: session.headers) {
        response in
        let page = WebAppTests.text(response)
        #expect(response.status == .ok)
        #expect(page.contains("<td>analyste</td><td>renommer-theme</td><td>Q5</td>"), "\(page)")
        #expect(page.contains("fusionner-themes"))
      }
      #expect(audit.allSatisfy { $0.actor == "analyste" })

      // A reader sees the themes, not the forms.
      let reader = try await WebAppTests.session(client, as: "lecteur")
      try await client.execute(uri: "/projets/\(id)/themes", method: .get, headers: reader.headers) {
        response in
        #expect(response.status == .ok)
        #expect(!WebAppTests.text(response).contains("/themes/renommer"))
      }
    }
  }
}

/// A data subject's request, from the web app: administrators only, with a confirmation; the
/// respondent and everything derived leave the project and its report.
@Suite struct WebAppDeletionTests {
  @Test func anAdministratorDeletesARespondentAndTheReportFollows() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = try WebAppTests.exampleHead(rows: 30)
    let firstID = try #require(csv.split(separator: "\n")[1].split(separator: ";").first.map(String.init))
    try await WebAppTests.app(in: folder).test(.router) { client in
      let analyst = try await WebAppTests.session(client)
      let id = try await client.execute(
        uri: "/projets?nom=export.csv", method: .post, headers: analyst.headers, body: ByteBuffer(string: csv)
      ) { try WebAppTests.projectID(from: $0) }
      let body = ByteBuffer(string: "csrf=\(analyst.token)&repondant=\(firstID)&confirmer=oui")
      try await client.execute(
        uri: "/projets/\(id)/repondants/supprimer", method: .post, headers: analyst.formHeaders, body: body
      ) { response in
        #expect(response.status == .forbidden, "an analyst may not")
      }
      let admin = try await WebAppTests.session(client, as: "admin")
      try await client.execute(
        uri: "/projets/\(id)/repondants/supprimer", method: .post, headers: admin.formHeaders,
        body: ByteBuffer(string: "csrf=\(admin.token)&repondant=\(firstID)")
      ) { response in
        #expect(response.status == .badRequest, "no confirmation, nothing deleted")
      }
      try await client.execute(
        uri: "/projets/\(id)/repondants/supprimer", method: .post, headers: admin.formHeaders,
        body: ByteBuffer(string: "csrf=\(admin.token)&repondant=\(firstID)&confirmer=oui")
      ) { response in
        #expect(response.status == .ok, "\(WebAppTests.text(response))")
        #expect(WebAppTests.text(response).contains("Répondant supprimé"))
      }
      try await client.execute(uri: "/projets/\(id)", method: .get, headers: admin.headers) { response in
        #expect(WebAppTests.text(response).contains("29 répondants"))
      }
    }
  }
}

/// The check against a hand-coded sample: a person codes every response of the drawn sample
/// without seeing the machine's choice, then sees the agreement per theme.
@Suite struct WebAppSampleTests {
  @Test func codeTheWholeSampleThenReadTheAgreement() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let csv = try WebAppTests.exampleHead(rows: 40)
    try await WebAppTests.app(in: folder).test(.router) { client in
      let session = try await WebAppTests.session(client)
      let id = try await WebAppTests.analysedProject(client, session: session, csv: csv)
      let page = try await client.execute(
        uri: "/projets/\(id)/echantillon", method: .get, headers: session.headers
      ) {
        #expect($0.status == .ok)
        return WebAppTests.text($0)
      }
      #expect(page.contains("0 sur "))
      #expect(!page.contains("Accord avec la machine"))
      let responses = page.components(separatedBy: "name=\"reponse\" value=\"").dropFirst().map {
        String($0.prefix { $0 != "\"" })
      }
      let themes = Array(
        Set(
          page.components(separatedBy: "name=\"theme-").dropFirst().map { String($0.prefix { $0 != "\"" }) })
      )
      .sorted()
      #expect(!responses.isEmpty && responses.count <= 50)
      #expect(!themes.isEmpty)
      // The machine's assignments are not on the page: no response's form has a box checked.
      #expect(!page.contains(" checked>"))
      for (index, response) in responses.enumerated() {
        let chosen = index.isMultiple(of: 3) ? "" : "&theme-\(themes[index % themes.count])=oui"
        try await client.execute(
          uri: "/projets/\(id)/echantillon/coder", method: .post, headers: session.formHeaders,
          body: ByteBuffer(string: "csrf=\(session.token)&question=Q5&reponse=\(response)\(chosen)")
        ) { #expect($0.status == .found) }
      }
      try await client.execute(uri: "/projets/\(id)/echantillon", method: .get, headers: session.headers) {
        let done = WebAppTests.text($0)
        #expect(done.contains("\(responses.count) sur \(responses.count) codées"))
        #expect(done.contains("Accord avec la machine"))
        #expect(
          done.contains("κ de Cohen") && (done.contains("à revoir") || done.contains("accord suffisant")))
      }
      try await client.execute(
        uri: "/projets/\(id)/echantillon/coder", method: .post, headers: session.formHeaders,
        body: ByteBuffer(string: "csrf=\(session.token)&question=Q5&reponse=inexistante")
      ) { #expect($0.status == .badRequest) }
    }
  }
}
