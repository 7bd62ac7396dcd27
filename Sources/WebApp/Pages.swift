import Accounts
import Foundation
import ObservatoireApp
import ObservatoireCore
import Reporting

/// The server's own pages (the reports it serves are the offline report's pages). Every value
/// that comes from a project or a person is escaped (`escape`).
enum Pages {
  /// The report's own escaping (`escapeXML`, through `PageKit`): one rule for every page.
  static func escape(_ text: String) -> String { PageKit.escapeHTML(text) }

  /// The report's page frame (the same header and footer templates, `PageKit.webPage`), the
  /// account in the header; `body` is already-escaped HTML.
  static func layout(title: String, body: String, account: Account? = nil, csrf: String? = nil) -> String {
    page(title: title, account: account, csrf: csrf, template: "web-layout", view: [:], body: body)
  }

  /// A page from one of the `web-*` templates, in the report's frame.
  static func page(
    title: String, account: Account?, csrf: String?, template: String, view: [String: Any], body: String = ""
  ) -> String {
    let person = account.flatMap { account in
      csrf.map { PageKit.WebAccount(identifier: account.identifier, role: account.role.labelFR, csrf: $0) }
    }
    do {
      return try PageKit.webPage(title: title, account: person, template: template, view: view, body: body)
    } catch {
      // Only a broken installation (templates missing) gets here: say so, plainly.
      return "<!doctype html><html lang=\"fr\"><title>Observatoire</title><p>Page indisponible : "
        + escape((error as? any UserFacingError)?.messageFR ?? "\(error)") + "</p></html>"
    }
  }

  static func csrfField(_ token: String) -> String {
    "<input type=\"hidden\" name=\"csrf\" value=\"\(escape(token))\">"
  }

  static func login(csrf: String, message: String?, noAccountYet: Bool) -> String {
    var view: [String: Any] = ["csrf": csrf, "noAccountYet": noAccountYet]
    if let message { view["message"] = message }
    return page(title: "Connexion", account: nil, csrf: nil, template: "web-connexion", view: view)
  }

  static func home(projects: [ProjectLibrary.Project], maxUploadBytes: Int, csrf: String, account: Account?)
    -> String
  {
    let listed: [[String: Any]] = projects.map { project in
      [
        "id": project.id, "title": project.title, "sourceName": project.sourceName,
        "respondents": frenchCount(project.respondents, "répondant"),
        "analysed": frenchCount(project.analysedQuestions, "question analysée", "questions analysées"),
      ]
    }
    return page(
      title: "Projets", account: account, csrf: csrf, template: "web-accueil",
      view: [
        "projects": listed, "hasProjects": !listed.isEmpty, "csrf": csrf,
        "canManageAccounts": account?.role.canManageAccounts ?? false,
        "canEdit": account?.role.canEdit ?? false,
        "maxUploadMegabytes": maxUploadBytes / 1_000_000,
      ])
  }

  /// The questions an export holds, with the types the import inferred, for its sender to
  /// correct before anything is stored: a type and a « segment » box per question.
  static func mappingReview(_ preview: ImportPreview, token: String, csrf: String, account: Account?)
    -> String
  {
    let questions: [[String: Any]] = preview.questions.enumerated().map { index, question in
      [
        "index": index, "title": question.title, "code": question.id.rawValue,
        "confidence": String(format: "%.0f %%", question.confidence * 100), "segment": question.isSegment,
        "kinds": QuestionKind.allCases.map { kind -> [String: Any] in
          ["value": kind.rawValue, "label": kindLabel(kind), "selected": kind == question.kind]
        },
      ]
    }
    return page(
      title: "Vérifier les questions", account: account, csrf: csrf, template: "web-verification",
      view: [
        "fileName": preview.fileName, "responses": frenchCount(preview.responseCount, "réponse"),
        "questionCount": frenchCount(preview.questions.count, "question"), "token": token, "csrf": csrf,
        "questions": questions,
      ])
  }

  static func kindLabel(_ kind: QuestionKind) -> String {
    switch kind {
    case .freeText: "Texte libre (analysé)"
    case .singleChoice: "Choix unique"
    case .multipleChoice: "Choix multiple"
    case .scale: "Échelle"
    case .ranking: "Classement"
    case .date: "Date"
    case .number: "Nombre"
    case .identifier: "Identifiant ou métadonnée (non analysé)"
    }
  }

  static func project(
    _ project: ProjectLibrary.Project, job: JobRegistry.State?, lastMessage: String? = nil, hasReport: Bool,
    csrf: String, account: Account?
  ) -> String {
    let canEdit = account?.role.canEdit ?? false
    var view: [String: Any] = [
      "id": project.id, "title": project.title, "sourceName": project.sourceName,
      "respondents": frenchCount(project.respondents, "répondant"),
      "analysed": frenchCount(project.analysedQuestions, "question analysée", "questions analysées"),
      "hasReport": hasReport, "hasAnalysis": project.analysedQuestions > 0, "csrf": csrf,
      // A reader sees the project and its report, not the forms that change them.
      "canCancel": canEdit && job == .running, "canStart": canEdit && job != .running,
      "running": job == .running, "canDeleteRespondents": account?.role.canManageAccounts ?? false,
    ]
    if let job {
      var state: [String: Any] = ["state": job.rawValue]
      if job != .running, let lastMessage {
        state["detail"] =
          lastMessage.hasPrefix(job.rawValue + " — ")
          ? String(lastMessage.dropFirst(job.rawValue.count + 3)) : lastMessage
      }
      view["job"] = state
    }
    return page(title: project.title, account: account, csrf: csrf, template: "web-projet", view: view)
  }

  /// What a themes' review page shows, for `RenderedBodies`.
  struct ThemesPageInput: Equatable, Sendable {
    var title: String
    var questions: [ProjectReview.QuestionThemes]
  }

  /// The themes' review page, its body kept while the themes are unchanged.
  static func themes(
    _ project: ProjectLibrary.Project, questions: [ProjectReview.QuestionThemes], csrf: String,
    account: Account?, rendered: RenderedBodies<ThemesPageInput>
  ) -> String {
    let canEdit = account?.role.canEdit ?? false
    let body = rendered.body(
      for: "\(project.id)|\(canEdit)", showing: ThemesPageInput(title: project.title, questions: questions),
      csrf: csrf
    ) { token in themesBody(project, questions: questions, csrf: token, canEdit: canEdit) }
    return layout(title: "Thèmes", body: body, account: account, csrf: csrf)
  }

  static func themesBody(
    _ project: ProjectLibrary.Project, questions: [ProjectReview.QuestionThemes], csrf: String, canEdit: Bool
  ) -> String {
    var body = "<h1>Thèmes — \(escape(project.title))</h1>"
    body +=
      "<p>Les changements (intitulés, validations) sont gardés à part de l'analyse, avec leur auteur et "
      + "leur date, et réappliqués après une nouvelle analyse tant que leurs arguments existent ; le "
      + "rapport est mis à jour à chaque changement. Ouvrez un thème pour lire ses arguments et leurs "
      + "verbatims, modifier son énoncé et sa synthèse, le scinder ou en déplacer un argument. "
      + "<a class=\"fr-link\" href=\"/projets/\(project.id)/stabilite?tri=lire-dabord\">Thèmes à lire d'abord "
      + "(les moins stables)</a> · <a class=\"fr-link\" href=\"/projets/\(project.id)\">Retour au projet</a></p>"
    for question in questions {
      body += "<h2>\(escape(question.questionID)) — \(escape(question.title))</h2>"
      for note in question.unapplied {
        body += "<div class=\"fr-alert fr-alert--warning fr-mb-2w\"><p>\(escape(note))</p></div>"
      }
      if !question.globalSynthesis.isEmpty {
        body +=
          "<h3>Synthèse d'ensemble</h3><ul>"
          + question.globalSynthesis.map { "<li>\(escape($0))</li>" }.joined()
          + "</ul><p>Validée : \(question.globalSynthesisValidatedBy.map { "oui (\(escape($0)))" } ?? "non").</p>"
        if canEdit, question.globalSynthesisValidatedBy == nil {
          body +=
            "<form method=\"post\" action=\"/projets/\(project.id)/themes/valider-synthese\">\(csrfField(csrf))"
            + "<input type=\"hidden\" name=\"question\" value=\"\(escape(question.questionID))\">"
            + "<input type=\"hidden\" name=\"version\" value=\"\(question.globalSynthesisVersion)\">"
            + "<button class=\"fr-btn fr-btn--sm\" type=\"submit\">Valider la synthèse d'ensemble</button></form>"
        }
      }
      body +=
        "<div class=\"fr-table\"><table><caption>Thèmes de \(escape(question.questionID))</caption><thead><tr>"
        + "<th scope=\"col\">Thème</th><th scope=\"col\">Répondants</th><th scope=\"col\">Validé</th>"
        + (canEdit
          ? "<th scope=\"col\">Renommer</th><th scope=\"col\">Fusionner dans</th><th scope=\"col\">Valider</th>"
          : "")
        + "</tr></thead><tbody>"
      for theme in question.themes {
        let name = (theme.isSubTheme ? "↳ " : "") + theme.label
        body +=
          "<tr><th scope=\"row\"><a href=\"\(escape(themeHref(project.id, question: question.questionID, theme: theme.key)))\">"
          + "\(escape(name))</a></th>"
          + "<td>\(theme.respondents.map(String.init) ?? "masqué")</td>"
          + "<td>\(theme.validatedBy.map { "oui (\(escape($0)))" } ?? "non")</td>"
        if canEdit {
          let hidden =
            csrfField(csrf)
            + "<input type=\"hidden\" name=\"question\" value=\"\(escape(question.questionID))\">"
            + "<input type=\"hidden\" name=\"theme\" value=\"\(escape(theme.key))\">"
            + "<input type=\"hidden\" name=\"version\" value=\"\(theme.version)\">"
          let field = "intitule-\(escape(theme.key))"
          body +=
            "<td><form method=\"post\" action=\"/projets/\(project.id)/themes/renommer\">\(hidden)"
            + "<label class=\"fr-label fr-sr-only\" for=\"\(field)\">Nouvel intitulé de « \(escape(theme.label)) »</label>"
            + "<input class=\"fr-input\" id=\"\(field)\" name=\"intitule\" value=\"\(escape(theme.label))\" required maxlength=\"200\">"
            + "<button class=\"fr-btn fr-btn--sm fr-btn--secondary\" type=\"submit\">Renommer</button></form></td>"
          let targets = question.themes.filter { !$0.isSubTheme && $0.key != theme.key }
          let select = "cible-\(escape(theme.key))"
          body +=
            "<td>"
            + (theme.isSubTheme || targets.isEmpty
              ? ""
              : "<form method=\"post\" action=\"/projets/\(project.id)/themes/fusionner\">\(hidden)"
                + "<label class=\"fr-label fr-sr-only\" for=\"\(select)\">Thème où fusionner « \(escape(theme.label)) »</label>"
                + "<select class=\"fr-select\" id=\"\(select)\" name=\"cible\">"
                + targets.map {
                  "<option value=\"\(escape($0.key))|\($0.version)\">\(escape($0.label))</option>"
                }.joined()
                + "</select><button class=\"fr-btn fr-btn--sm fr-btn--secondary\" type=\"submit\">Fusionner</button></form>")
            + "</td><td>"
            + (theme.validatedBy == nil
              ? "<form method=\"post\" action=\"/projets/\(project.id)/themes/valider\">\(hidden)"
                + "<button class=\"fr-btn fr-btn--sm\" type=\"submit\">Valider</button></form>" : "")
            + "</td>"
        }
        body += "</tr>"
      }
      body += "</tbody></table></div>"
    }
    return body
  }

  static func journal(
    _ project: ProjectLibrary.Project, lines: [ProjectReview.AuditLine], csrf: String, account: Account?
  ) -> String {
    let format = Date.FormatStyle(date: .numeric, time: .shortened).locale(Locale(identifier: "fr_FR"))
    var body =
      "<h1>Journal des modifications — \(escape(project.title))</h1>"
      + "<p>Chaque modification faite par un relecteur, avec son auteur et sa date ; l'état avant et "
      + "après est gardé dans le projet. <a class=\"fr-link\" href=\"/projets/\(project.id)\">Retour au projet</a></p>"
    if lines.isEmpty {
      body += "<p>Aucune modification pour l'instant.</p>"
    } else {
      body +=
        "<div class=\"fr-table\"><table><caption>Modifications, de la plus ancienne à la plus récente</caption>"
        + "<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Qui</th><th scope=\"col\">Action</th>"
        + "<th scope=\"col\">Question</th><th scope=\"col\">Objet</th></tr></thead><tbody>"
      for line in lines {
        body +=
          "<tr><td>\(escape(line.date.formatted(format)))</td><td>\(escape(line.actor))</td>"
          + "<td>\(escape(line.action))</td><td>\(escape(line.question))</td><td>\(escape(line.object))</td></tr>"
      }
      body += "</tbody></table></div>"
    }
    return layout(title: "Journal", body: body, account: account, csrf: csrf)
  }

  static func sample(
    _ project: ProjectLibrary.Project, state: SampleCheck.State, csrf: String, account: Account?
  ) -> String {
    let canEdit = account?.role.canEdit ?? false
    func percent(_ value: Double?) -> String {
      value.map { String(format: "%.0f %%", 100 * $0) } ?? "–"
    }
    func decimal(_ value: Double?) -> String {
      value.map { String(format: "%.2f", $0).replacingOccurrences(of: ".", with: ",") } ?? "–"
    }
    var body =
      "<h1>Contrôle sur un échantillon codé à la main — \(escape(state.question))</h1>"
      + "<p>\(escape(state.title))</p>"
      + "<p>Pour chaque réponse tirée au sort, cochez les thèmes qu'elle exprime (aucun si elle n'en "
      + "exprime aucun), sans voir le choix de la machine. Une fois l'échantillon codé, l'accord de la "
      + "machine avec vous s'affiche par thème. \(state.coded) sur \(state.responses.count) codées. "
      + "<a class=\"fr-link\" href=\"/projets/\(project.id)\">Retour au projet</a></p>"
    if let agreement = state.agreement {
      body +=
        "<h2>Accord avec la machine</h2><p>κ global : \(decimal(state.overallKappa)).</p>"
        + "<div class=\"fr-table\"><table><caption>Accord par thème (vous êtes la référence)</caption><thead><tr>"
        + "<th scope=\"col\">Thème</th><th scope=\"col\">Précision</th><th scope=\"col\">Rappel</th>"
        + "<th scope=\"col\">κ de Cohen</th><th scope=\"col\">Intervalle à 95 %</th><th scope=\"col\">État</th>"
        + "</tr></thead><tbody>"
      for row in agreement {
        body +=
          "<tr><th scope=\"row\">\(escape(row.label))</th><td>\(percent(row.precision))</td>"
          + "<td>\(percent(row.recall))</td><td>\(decimal(row.kappa))</td>"
          + "<td>\(decimal(row.kappaLower)) – \(decimal(row.kappaUpper))</td><td>\(escape(row.statusFR))</td></tr>"
      }
      body += "</tbody></table></div>"
    }
    body += "<h2>Réponses de l'échantillon</h2>"
    for (index, response) in state.responses.enumerated() {
      body +=
        "<section id=\"r\(index + 1)\" class=\"fr-mb-3w\"><h3>Réponse \(index + 1)"
        + (response.coded == nil ? "" : " (codée)")
        + "</h3><blockquote><p>\(escape(response.text))</p></blockquote>"
      if canEdit {
        body +=
          "<form method=\"post\" action=\"/projets/\(project.id)/echantillon/coder\">\(csrfField(csrf))"
          + "<input type=\"hidden\" name=\"question\" value=\"\(escape(state.question))\">"
          + "<input type=\"hidden\" name=\"reponse\" value=\"\(escape(response.id))\">"
          + "<fieldset class=\"fr-fieldset\"><legend class=\"fr-fieldset__legend\">Thèmes exprimés</legend>"
        for (position, theme) in state.themes.enumerated() {
          let field = "r\(index + 1)-t\(position + 1)"
          let checked = response.coded?.contains(theme.key) == true ? " checked" : ""
          body +=
            "<div class=\"fr-fieldset__element\"><div class=\"fr-checkbox-group\">"
            + "<input type=\"checkbox\" id=\"\(field)\" name=\"theme-\(escape(theme.key))\" value=\"oui\"\(checked)>"
            + "<label class=\"fr-label\" for=\"\(field)\">\(escape(theme.label))</label></div></div>"
        }
        body +=
          "</fieldset><button class=\"fr-btn fr-btn--sm\" type=\"submit\">Enregistrer</button></form>"
      }
      body += "</section>"
    }
    return layout(title: "Échantillon", body: body, account: account, csrf: csrf)
  }

  static func notice(_ message: String, back: String, account: Account?, csrf: String) -> String {
    page(
      title: "Fait", account: account, csrf: csrf, template: "web-message",
      view: ["success": true, "message": message, "back": back, "backText": "Retour au projet"])
  }

  static func error(_ message: String, status: Int) -> String {
    page(
      title: "Erreur \(status)", account: nil, csrf: nil, template: "web-message",
      view: [
        "heading": "Erreur \(status)", "success": false, "message": message, "back": "/",
        "backText": "Retour aux projets",
      ])
  }
}
