import Foundation
import Hummingbird
import HummingbirdTesting
import ObservatoireApp
import TestSupport
import Testing
import WebApp

/// The observatory's pages through the router: a reader reads, an analyst imports (by upload,
/// with the form's CSRF token), a faulty register is refused with its row and changes nothing.
@Suite struct ObservatoryWebTests {
  static let examples = Fixtures.repositoryRoot.appendingPathComponent("examples/observatoire")
  static let boundary = "----observatoire-test"

  /// A browser's upload form: the CSRF field (when given) before the file, as the page writes it.
  static func form(file name: String, contents: Data, csrf: String?) -> ByteBuffer {
    var body = ""
    if let csrf {
      body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n"
    }
    body +=
      "--\(boundary)\r\nContent-Disposition: form-data; name=\"export\"; filename=\"\(name)\"\r\n"
      + "Content-Type: text/csv\r\n\r\n"
    var buffer = ByteBuffer(string: body)
    buffer.writeBytes(contents)
    buffer.writeString("\r\n--\(boundary)--\r\n")
    return buffer
  }

  static func formHeaders(_ session: WebAppTests.Session) -> HTTPFields {
    [.cookie: session.cookie, .contentType: "multipart/form-data; boundary=\(boundary)"]
  }

  static func exampleRegister() throws -> Data {
    try Data(contentsOf: examples.appendingPathComponent("registre-initiatives.csv"))
  }

  /// The example register with one row made faulty (a malformed UAI, an unknown grid level);
  /// returns the file and the row's line.
  static func faultyRegister() throws -> (Data, line: Int) {
    var lines = try String(decoding: exampleRegister(), as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
    let index = lines.indices.first { $0 >= 20 && !lines[$0].contains("\"") }!
    var fields = lines[index].components(separatedBy: ";")
    fields[1] = "12345"
    fields[14] = "parfait"
    lines[index] = fields.joined(separator: ";")
    return (Data(lines.joined(separator: "\n").utf8), index + 1)
  }

  static func importRegister(
    _ client: some TestClientProtocol, _ session: WebAppTests.Session, _ data: Data,
    name: String = "registre.csv"
  ) async throws -> (HTTPResponse.Status, String) {
    try await client.execute(
      uri: "/observatoire/registre", method: .post, headers: formHeaders(session),
      body: form(file: name, contents: data, csrf: session.token)
    ) { ($0.status, WebAppTests.text($0)) }
  }

  @Test func anAnalystImportsTheExampleRegisterAndAReaderReadsItButCannotImport() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await WebAppTests.app(in: folder).test(.router) { client in
      let analyst = try await WebAppTests.session(client)
      try await client.execute(
        uri: "/observatoire/registre", method: .get, headers: [.cookie: analyst.cookie]
      ) {
        response in
        #expect(response.status == .ok)
        let page = WebAppTests.text(response)
        #expect(page.contains("Aucun registre importé"))
        #expect(page.contains("enctype=\"multipart/form-data\""), "an analyst sees the import form")
      }
      let (status, page) = try await Self.importRegister(client, analyst, try Self.exampleRegister())
      #expect(status == .ok, "\(page)")
      #expect(page.contains("100 initiatives importées"))
      #expect(
        FileManager.default.fileExists(
          atPath: folder.appendingPathComponent("observatoire.observatoire").path))

      let reader = try await WebAppTests.session(client, as: "lecteur")
      try await client.execute(uri: "/observatoire/registre", method: .get, headers: [.cookie: reader.cookie])
      {
        response in
        #expect(response.status == .ok)
        let page = WebAppTests.text(response)
        #expect(page.contains("data-initiatives=\"100\""))
        #expect(page.contains("<svg") && page.contains("Carte de chaleur"))
        #expect(page.contains("Protection des élèves"))
        #expect(page.contains("<option value=\"Lille\">Lille</option>"))
        #expect(page.contains("<option value=\"collège\">collège</option>"))
        #expect(!page.contains("enctype=\"multipart/form-data\""), "a reader sees no import form")
      }
      // Filters: the académie, then a level and a discipline.
      let lille = try await client.execute(
        uri: "/observatoire/registre?academie=Lille", method: .get, headers: [.cookie: reader.cookie]
      ) { WebAppTests.text($0) }
      let shown = try #require(lille.firstMatch(of: /data-affichees="(\d+)"/).map { Int($0.1)! })
      #expect(shown > 0 && shown < 100)
      #expect(lille.contains("<option value=\"Lille\" selected>"))
      #expect(lille.contains("data-initiatives=\"\(shown)\""))
      let narrower = try await client.execute(
        uri: "/observatoire/registre?academie=Lille&niveau=coll%C3%A8ge", method: .get,
        headers: [.cookie: reader.cookie]
      ) { WebAppTests.text($0) }
      let fewer = try #require(narrower.firstMatch(of: /data-affichees="(\d+)"/).map { Int($0.1)! })
      #expect(fewer <= shown)

      // A reader's import is refused (403) and changes nothing.
      try await client.execute(
        uri: "/observatoire/registre", method: .post, headers: Self.formHeaders(reader),
        body: Self.form(file: "registre.csv", contents: Data("UAI\n".utf8), csrf: reader.token)
      ) { response in
        #expect(response.status == .forbidden)
        #expect(WebAppTests.text(response).contains("Votre rôle (lecteur) permet de lire"))
      }
      try await client.execute(
        uri: "/observatoire/formation", method: .post, headers: Self.formHeaders(reader),
        body: Self.form(file: "formations.csv", contents: Data("x\n".utf8), csrf: reader.token)
      ) { #expect($0.status == .forbidden) }
      try await client.execute(uri: "/observatoire/registre", method: .get, headers: [.cookie: reader.cookie])
      {
        #expect(WebAppTests.text($0).contains("data-initiatives=\"100\""))
      }
      // The home page leads to the observatory.
      try await client.execute(uri: "/", method: .get, headers: [.cookie: reader.cookie]) {
        #expect(WebAppTests.text($0).contains("href=\"/observatoire\""))
      }
    }
  }

  @Test func aFaultyRegisterIsRefusedWithItsRowAndNothingIsHalfImported() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await WebAppTests.app(in: folder).test(.router) { client in
      let analyst = try await WebAppTests.session(client)
      let (faulty, line) = try Self.faultyRegister()
      // On a server with no observatory yet: refused, and no store created.
      let (firstStatus, firstPage) = try await Self.importRegister(client, analyst, faulty)
      #expect(firstStatus == .badRequest)
      #expect(
        firstPage.contains("registre.csv, ligne \(line), colonne « UAI » : UAI « 12345 » mal formé"),
        "\(firstPage)")
      #expect(firstPage.contains("ligne \(line), colonne « Intégration dans les programmes scolaires »"))
      #expect(firstPage.contains("été modifié dans le projet"))
      #expect(
        !FileManager.default.fileExists(
          atPath: folder.appendingPathComponent("observatoire.observatoire").path))

      // Over an imported register: refused, and the register is the one imported before.
      #expect(try await Self.importRegister(client, analyst, try Self.exampleRegister()).0 == .ok)
      let (status, page) = try await Self.importRegister(client, analyst, faulty)
      #expect(status == .badRequest)
      #expect(page.contains("ligne \(line), colonne « UAI »"))
      try await client.execute(
        uri: "/observatoire/registre", method: .get, headers: [.cookie: analyst.cookie]
      ) {
        #expect(WebAppTests.text($0).contains("data-initiatives=\"100\""))
      }
      // Not an export at all.
      let (otherStatus, otherPage) = try await Self.importRegister(
        client, analyst, Data("x".utf8), name: "registre.pdf")
      #expect(otherStatus == .badRequest)
      #expect(otherPage.contains("registre.pdf"))
      let staging = folder.appendingPathComponent("envois")
      #expect(
        ((try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []).isEmpty, "no upload left"
      )
    }
  }

  @Test func anImportWithoutTheFormsTokenIsRefused() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await WebAppTests.app(in: folder).test(.router) { client in
      let analyst = try await WebAppTests.session(client)
      for token in [nil, "faux-jeton"] {
        for path in ["/observatoire/registre", "/observatoire/formation"] {
          try await client.execute(
            uri: path, method: .post, headers: Self.formHeaders(analyst),
            body: Self.form(file: "registre.csv", contents: try Self.exampleRegister(), csrf: token)
          ) { response in
            #expect(response.status == .forbidden, "\(path), token \(token ?? "absent")")
            #expect(WebAppTests.text(response).contains("jeton de sécurité absent ou invalide"))
          }
        }
      }
      #expect(
        !FileManager.default.fileExists(
          atPath: folder.appendingPathComponent("observatoire.observatoire").path))
      try await client.execute(
        uri: "/observatoire/registre", method: .get, headers: [.cookie: analyst.cookie]
      ) {
        #expect(WebAppTests.text($0).contains("Aucun registre importé"))
      }
    }
  }

  @Test func trainingSeriesAndPublicationPages() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await WebAppTests.app(in: folder).test(.router) { client in
      let analyst = try await WebAppTests.session(client)
      let reader = try await WebAppTests.session(client, as: "lecteur")
      for path in [
        "/observatoire", "/observatoire/formation", "/observatoire/series", "/observatoire/publication",
      ] {
        try await client.execute(uri: path, method: .get, headers: [.cookie: reader.cookie]) { response in
          #expect(response.status == .ok, "\(path)")
          #expect(WebAppTests.text(response).contains("Aucun") || path == "/observatoire", "\(path)")
        }
      }
      let imported = try await client.execute(
        uri: "/observatoire/formation", method: .post, headers: Self.formHeaders(analyst),
        body: Self.form(
          file: "formations.csv",
          contents: try Data(contentsOf: Self.examples.appendingPathComponent("formations.csv")),
          csrf: analyst.token)
      ) { response in
        #expect(response.status == .ok)
        return WebAppTests.text(response)
      }
      #expect(imported.contains("formations importées"))
      try await client.execute(
        uri: "/observatoire/formation?par=departement&k=5", method: .get, headers: [.cookie: reader.cookie]
      ) { response in
        let page = WebAppTests.text(response)
        #expect(page.contains("Couverture et progression") && page.contains("2025-2026"))
        #expect(page.contains("<option value=\"departement\" selected>"))
      }

      // A publication generated from the register: shown as a draft until validated.
      #expect(try await Self.importRegister(client, analyst, try Self.exampleRegister()).0 == .ok)
      // Generated and validated through the page's forms, by an analyst; a reader may do neither.
      for action in ["generer", "valider"] {
        try await client.execute(
          uri: "/observatoire/publication/\(action)", method: .post, headers: reader.formHeaders,
          body: ByteBuffer(string: "csrf=\(reader.token)&annee=2025-2026")
        ) { #expect($0.status == .forbidden, "a reader \(action)") }
      }
      try await client.execute(
        uri: "/observatoire/publication/generer", method: .post, headers: analyst.formHeaders,
        body: ByteBuffer(string: "csrf=\(analyst.token)&annee=l%27an+dernier")
      ) { response in
        #expect(response.status == .badRequest)
        #expect(WebAppTests.text(response).contains("« 2025-2026 »"))
      }
      try await client.execute(
        uri: "/observatoire/publication/generer", method: .post, headers: analyst.formHeaders,
        body: ByteBuffer(string: "csrf=\(analyst.token)&annee=2025-2026")
      ) { #expect($0.status == .found) }
      try await client.execute(
        uri: "/observatoire/publication", method: .get, headers: [.cookie: reader.cookie]
      ) {
        let page = WebAppTests.text($0)
        #expect(page.contains("BROUILLON") && page.contains("obs-use"))
        #expect(!page.contains("/observatoire/publication/valider"), "no form for a reader")
      }
      let draft = try await client.execute(
        uri: "/observatoire/publication?annee=2025-2026", method: .get, headers: [.cookie: analyst.cookie]
      ) { WebAppTests.text($0) }
      #expect(draft.contains("action=\"/observatoire/publication/valider\""))
      try await client.execute(
        uri: "/observatoire/publication/valider", method: .post, headers: analyst.formHeaders,
        body: ByteBuffer(string: "csrf=\(analyst.token)&annee=2025-2026")
      ) { #expect($0.status == .found) }
      try await client.execute(
        uri: "/observatoire/publication?annee=2025-2026", method: .get, headers: [.cookie: reader.cookie]
      ) {
        let page = WebAppTests.text($0)
        #expect(!page.contains("BROUILLON") && page.contains("analyste"))
      }
      try await client.execute(
        uri: "/observatoire/publication?annee=1999", method: .get, headers: [.cookie: reader.cookie]
      ) { #expect($0.status == .badRequest) }
      try await client.execute(
        uri: "/observatoire/series?serie=enseignants", method: .get, headers: [.cookie: reader.cookie]
      ) { response in
        #expect(response.status == .badRequest)
        #expect(WebAppTests.text(response).contains("la série « enseignants » n"))
      }
    }
  }

  /// Two waves of the bundled teachers' survey, analysed by the web app, added to a series with
  /// the series page's form (an analyst; a reader may not); a reader reads their comparison.
  @Test func aReaderReadsTheComparisonOfTwoWaves() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await WebAppTests.app(in: folder).test(.router) { client in
      let analyst = try await WebAppTests.session(client)
      let reader = try await WebAppTests.session(client, as: "lecteur")
      for year in ["2025", "2026"] {
        let csv = try String(
          contentsOf: Self.examples.appendingPathComponent("enseignants-\(year).csv"), encoding: .utf8)
        let id = try await WebAppTests.analysedProject(client, session: analyst, csv: csv)
        try await client.execute(
          uri: "/observatoire/series", method: .get, headers: [.cookie: analyst.cookie]
        ) {
          let page = WebAppTests.text($0)
          #expect(page.contains("action=\"/observatoire/series/vague\"") && page.contains("value=\"\(id)\""))
        }
        let form = "csrf=\(analyst.token)&projet=\(id)&serie=enseignants&vague=\(year)"
        try await client.execute(
          uri: "/observatoire/series/vague", method: .post, headers: reader.formHeaders,
          body: ByteBuffer(string: "csrf=\(reader.token)&projet=\(id)&serie=enseignants&vague=\(year)")
        ) { #expect($0.status == .forbidden, "a reader adds no wave") }
        try await client.execute(
          uri: "/observatoire/series/vague", method: .post, headers: analyst.formHeaders,
          body: ByteBuffer(string: "csrf=\(analyst.token)&projet=inconnu-1&serie=enseignants&vague=\(year)")
        ) { response in
          #expect(response.status == .badRequest)
          #expect(WebAppTests.text(response).contains("projet inconnu"))
        }
        try await client.execute(
          uri: "/observatoire/series/vague", method: .post, headers: analyst.formHeaders,
          body: ByteBuffer(string: form)
        ) { response in
          #expect(response.status == .found)
          #expect(response.headers[.location] == "/observatoire/series?serie=enseignants")
        }
      }
      let waves = try ObservatoryService.webStore(in: folder).series()
      #expect(waves.map(\.name) == ["enseignants"] && waves.first?.waves == ["2025", "2026"])
      try await client.execute(uri: "/observatoire/series", method: .get, headers: [.cookie: reader.cookie]) {
        #expect(!WebAppTests.text($0).contains("/observatoire/series/vague"), "no form for a reader")
      }
      try await client.execute(uri: "/observatoire/series", method: .get, headers: [.cookie: reader.cookie]) {
        let page = WebAppTests.text($0)
        #expect(page.contains("vagues : 2025, 2026"))
        #expect(page.contains("href=\"/observatoire/series?serie=enseignants\""))
      }
      try await client.execute(
        uri: "/observatoire/series?serie=enseignants", method: .get, headers: [.cookie: reader.cookie]
      ) { response in
        #expect(response.status == .ok)
        let page = WebAppTests.text(response)
        #expect(page.contains("Série « enseignants » : 2025 → 2026"))
        #expect(page.contains("id=\"fermee-1\""), "closed questions compared")
        #expect(page.contains("data-statut="), "themes compared")
      }
      try await client.execute(
        uri: "/observatoire/series?serie=enseignants&de=2024", method: .get, headers: [.cookie: reader.cookie]
      ) { #expect($0.status == .badRequest) }
    }
  }
}
