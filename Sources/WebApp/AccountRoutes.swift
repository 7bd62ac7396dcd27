import Accounts
import Foundation
import Hummingbird

/// The administrators' page of accounts: list them with their roles, add one, change a role.
/// Every route refuses anyone but an administrator (403); the forms carry the CSRF token
/// (`SessionMiddleware`).
enum AccountRoutes {
  static func register(on router: Router<WebContext>, accounts: AccountStore, signer: SessionSigner) {
    @Sendable func administrator(_ context: WebContext) throws {
      guard context.account?.role.canManageAccounts ?? false else { throw WebError.administratorsOnly }
    }

    @Sendable func page(_ context: WebContext, message: String? = nil, status: HTTPResponse.Status = .ok)
      throws
      -> HTML
    {
      HTML(
        Pages.accounts(
          try accounts.accounts(), message: message, csrf: signer.csrfToken(for: context.session),
          account: context.account), status: status)
    }

    router.get("comptes") { _, context -> HTML in
      try administrator(context)
      return try page(context)
    }

    router.post("comptes") { request, context -> Response in
      try administrator(context)
      let form = FormFields.parse(String(buffer: try await request.body.collect(upTo: 16_384)))
      let identifier = (form["identifiant"] ?? "").trimmingCharacters(in: .whitespaces)
      guard let role = Role(rawValue: form["role"] ?? "") else {
        throw WebError.badRequest(AccountError.unknownRole(form["role"] ?? "").messageFR)
      }
      guard form["mot_de_passe"] == form["confirmation"] else {
        return try page(context, message: AccountError.passwordsDiffer.messageFR, status: .badRequest)
          .response(from: request, context: context)
      }
      do {
        _ = try accounts.addAccount(identifier, role: role, password: form["mot_de_passe"] ?? "")
      } catch let error as AccountError {
        return try page(context, message: error.messageFR, status: .badRequest).response(
          from: request, context: context)
      }
      return Response.redirect(to: "/comptes", type: .found)
    }

    router.post("comptes/role") { request, context -> Response in
      try administrator(context)
      let form = FormFields.parse(String(buffer: try await request.body.collect(upTo: 16_384)))
      guard let role = Role(rawValue: form["role"] ?? "") else {
        throw WebError.badRequest(AccountError.unknownRole(form["role"] ?? "").messageFR)
      }
      do {
        try accounts.setRole(form["identifiant"] ?? "", role: role)
      } catch let error as AccountError {
        return try page(context, message: error.messageFR, status: .badRequest).response(
          from: request, context: context)
      }
      return Response.redirect(to: "/comptes", type: .found)
    }
  }
}

extension Pages {
  static func accounts(_ list: [Account], message: String?, csrf: String, account: Account?) -> String {
    func roleOptions(selected: Role) -> String {
      Role.allCases.map {
        "<option value=\"\($0.rawValue)\"\($0 == selected ? " selected" : "")>\(escape($0.labelFR))</option>"
      }.joined()
    }
    var body =
      "<h1>Comptes</h1><p>Un lecteur lit projets et rapports ; un analyste importe, analyse et revoit les "
      + "thèmes ; un administrateur gère aussi les comptes et les demandes de suppression. "
      + "<a class=\"fr-link\" href=\"/\">Retour aux projets</a></p>"
    if let message {
      body +=
        "<div class=\"fr-alert fr-alert--error fr-mb-3w\" role=\"alert\"><p>\(escape(message))</p></div>"
    }
    body +=
      "<div class=\"fr-table\"><table><caption>Comptes du serveur</caption><thead><tr>"
      + "<th scope=\"col\">Identifiant</th><th scope=\"col\">Rôle</th><th scope=\"col\">Créé le</th>"
      + "<th scope=\"col\">Changer le rôle</th></tr></thead><tbody>"
    let format = Date.FormatStyle(date: .numeric, time: .omitted).locale(Locale(identifier: "fr_FR"))
    for (index, row) in list.enumerated() {
      let select = "role-\(index + 1)"
      body +=
        "<tr><th scope=\"row\">\(escape(row.identifier))</th><td>\(escape(row.role.labelFR))</td>"
        + "<td>\(escape(row.createdAt.formatted(format)))</td>"
        + "<td><form method=\"post\" action=\"/comptes/role\">\(csrfField(csrf))"
        + "<input type=\"hidden\" name=\"identifiant\" value=\"\(escape(row.identifier))\">"
        + "<label class=\"fr-label fr-sr-only\" for=\"\(select)\">Rôle de \(escape(row.identifier))</label>"
        + "<select class=\"fr-select\" id=\"\(select)\" name=\"role\">\(roleOptions(selected: row.role))</select>"
        + "<button class=\"fr-btn fr-btn--sm fr-btn--secondary\" type=\"submit\">Changer</button></form></td></tr>"
    }
    body += "</tbody></table></div>"
    body += """
      <h2>Ajouter un compte</h2>
      <form method="post" action="/comptes">
      \(csrfField(csrf))
      <div class="fr-input-group"><label class="fr-label" for="identifiant">Identifiant
      <span class="fr-hint-text">De 2 à 64 caractères : lettres minuscules sans accent, chiffres, « . _ @ - ».</span></label>
      <input class="fr-input" type="text" id="identifiant" name="identifiant" required maxlength="64"></div>
      <div class="fr-select-group"><label class="fr-label" for="role">Rôle</label>
      <select class="fr-select" id="role" name="role">\(roleOptions(selected: .reader))</select></div>
      <div class="fr-input-group"><label class="fr-label" for="mot_de_passe">Mot de passe provisoire
      <span class="fr-hint-text">Au moins \(AccountStore.minimumPasswordLength) caractères ; transmettez-le à la personne par un autre canal.</span></label>
      <input class="fr-input" type="password" id="mot_de_passe" name="mot_de_passe" autocomplete="new-password" required minlength="\(AccountStore.minimumPasswordLength)"></div>
      <div class="fr-input-group"><label class="fr-label" for="confirmation">Mot de passe, une seconde fois</label>
      <input class="fr-input" type="password" id="confirmation" name="confirmation" autocomplete="new-password" required></div>
      <button class="fr-btn" type="submit">Ajouter le compte</button>
      </form>
      """
    return layout(title: "Comptes", body: body, account: account, csrf: csrf)
  }
}
