import Accounts
import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
import WebApp

/// The administrators' accounts page: list, add, change a role; nobody else, never without the
/// session's token, never the last administrator demoted.
@Suite struct WebAppAccountPageTests {
  typealias T = WebAppTests

  @Test func anAdministratorListsAddsAndChangesRolesOthersMayNot() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try await T.app(in: folder).test(.router) { client in
      let admin = try await T.session(client, as: "admin")
      try await client.execute(uri: "/", method: .get, headers: admin.headers) {
        #expect(T.text($0).contains("href=\"/comptes\""))
      }
      try await client.execute(uri: "/comptes", method: .get, headers: admin.headers) { response in
        let page = T.text(response)
        #expect(response.status == .ok)
        #expect(page.contains("<th scope=\"row\">lecteur</th><td>lecteur</td>"))
        #expect(page.contains("<th scope=\"row\">analyste</th><td>analyste</td>"))
        #expect(page.contains("Ajouter un compte"))
      }
      let password = "un autre mot de passe long".replacingOccurrences(of: " ", with: "+")
      func post(_ uri: String, _ session: T.Session, _ body: String) async throws -> (
        HTTPResponse.Status, String
      ) {
        try await client.execute(
          uri: uri, method: .post, headers: session.formHeaders,
          body: ByteBuffer(string: "csrf=\(session.token)&" + body)
        ) { ($0.status, T.text($0)) }
      }
      // Add: passwords that differ, too short, then a good one.
      var (status, text) = try await post(
        "/comptes", admin, "identifiant=camille&role=analyste&mot_de_passe=\(password)&confirmation=autre")
      #expect(status == .badRequest && text.contains("diffèrent"))
      (status, text) = try await post(
        "/comptes", admin, "identifiant=camille&role=analyste&mot_de_passe=court&confirmation=court")
      #expect(status == .badRequest && text.contains("au moins 12 caractères"))
      (status, _) = try await post(
        "/comptes", admin,
        "identifiant=camille&role=analyste&mot_de_passe=\(password)&confirmation=\(password)")
      #expect(status == .found)
      (status, text) = try await post(
        "/comptes", admin,
        "identifiant=camille&role=lecteur&mot_de_passe=\(password)&confirmation=\(password)")
      #expect(status == .badRequest && text.contains("existe déjà"))
      // Change a role; the last administrator keeps theirs.
      (status, _) = try await post("/comptes/role", admin, "identifiant=camille&role=lecteur")
      #expect(status == .found)
      (status, text) = try await post("/comptes/role", admin, "identifiant=admin&role=lecteur")
      #expect(status == .badRequest && text.contains("seul administrateur"))
      let accounts = try AccountStore(dataFolder: folder)
      #expect(try accounts.account("camille")?.role == .reader)
      #expect(try accounts.account("admin")?.role == .administrator)

      // Without the token, or from another role: refused, nothing changed.
      try await client.execute(
        uri: "/comptes/role", method: .post, headers: admin.formHeaders,
        body: ByteBuffer(string: "identifiant=camille&role=administrateur")
      ) { #expect($0.status == .forbidden) }
      let analyst = try await T.session(client, as: "analyste")
      try await client.execute(uri: "/comptes", method: .get, headers: analyst.headers) { response in
        #expect(response.status == .forbidden)
        #expect(T.text(response).contains("Réservé aux administrateurs"))
      }
      (status, _) = try await post("/comptes/role", analyst, "identifiant=analyste&role=administrateur")
      #expect(status == .forbidden)
      let reader = try await T.session(client, as: "lecteur")
      (status, _) = try await post(
        "/comptes", reader,
        "identifiant=pirate&role=administrateur&mot_de_passe=\(password)&confirmation=\(password)")
      #expect(status == .forbidden)
      #expect(try accounts.account("pirate") == nil)
      #expect(try accounts.account("analyste")?.role == .analyst)
      #expect(try accounts.account("camille")?.role == .reader)
    }
  }
}
