import Accounts
import Foundation
import ObservatoireApp

/// The review pages beyond the themes list: one theme (statement, synthesis, arguments and their
/// verbatims, split and move), and the themes' stability.
extension Pages {
  static func themeHref(_ projectID: String, question: String, theme: String) -> String {
    "/projets/\(projectID)/theme?question=\(query(question))&theme=\(query(theme))"
  }

  static func query(_ value: String) -> String {
    value.addingPercentEncoding(
      withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_.")))
      ?? value
  }

  static func theme(
    _ project: ProjectLibrary.Project, detail: ProjectReview.ThemeDetail, csrf: String, account: Account?
  ) -> String {
    let canEdit = account?.role.canEdit ?? false
    let id = project.id
    let hidden =
      csrfField(csrf) + "<input type=\"hidden\" name=\"question\" value=\"\(escape(detail.questionID))\">"
      + "<input type=\"hidden\" name=\"theme\" value=\"\(escape(detail.key))\">"
    var body =
      "<p><a class=\"fr-link\" href=\"/projets/\(id)/themes\">Retour aux thèmes</a> · "
      + "<a class=\"fr-link\" href=\"/projets/\(id)/stabilite\">Stabilité des thèmes</a></p>"
      + "<h1>\(detail.isSubTheme ? "Sous-thème" : "Thème") : \(escape(detail.label))</h1>"
      + "<p>\(escape(detail.questionID)) — \(escape(detail.questionTitle)). Répondants : "
      + "\(detail.respondents.map(String.init) ?? "masqué (moins de k)"). Validé : "
      + "\(detail.validatedBy.map { "oui (\(escape($0)))" } ?? "non").</p>"

    body += "<h2>Énoncé</h2>"
    if canEdit {
      body +=
        "<form method=\"post\" action=\"/projets/\(id)/themes/enonce\">\(hidden)"
        + "<input type=\"hidden\" name=\"version\" value=\"\(detail.version)\">"
        + "<div class=\"fr-input-group\"><label class=\"fr-label\" for=\"enonce\">Énoncé du thème"
        + "<span class=\"fr-hint-text\">Une phrase qui dit ce que le thème regroupe.</span></label>"
        + "<textarea class=\"fr-input\" id=\"enonce\" name=\"enonce\" rows=\"3\" maxlength=\"2000\">"
        + "\(escape(detail.statement))</textarea></div>"
        + "<button class=\"fr-btn fr-btn--sm fr-btn--secondary\" type=\"submit\">Enregistrer l'énoncé</button></form>"
    } else {
      body += "<p>\(escape(detail.statement))</p>"
    }

    body +=
      "<h2>Synthèse</h2><p>Validée : \(detail.synthesisValidatedBy.map { "oui (\(escape($0)))" } ?? "non").</p>"
    if canEdit {
      // The keys the numbers stand for, as the reviewer saw them (JSON).
      let numbering =
        (try? JSONEncoder().encode(detail.arguments.map(\.key))).map { String(decoding: $0, as: UTF8.self) }
        ?? "[]"
      body +=
        "<form method=\"post\" action=\"/projets/\(id)/themes/synthese\">\(hidden)"
        + "<input type=\"hidden\" name=\"version\" value=\"\(detail.synthesisVersion)\">"
        + "<input type=\"hidden\" name=\"numerotation\" value=\"\(escape(numbering))\">"
        + "<p class=\"fr-hint-text\">Chaque phrase cite les numéros des arguments du thème qui la fondent "
        + "(liste ci-dessous), séparés par des virgules. Videz une phrase pour la retirer ; la dernière "
        + "case permet d'en ajouter une.</p>"
      for index in 0...detail.synthesis.count {
        let sentence = index < detail.synthesis.count ? detail.synthesis[index] : nil
        let n = index + 1
        body +=
          "<div class=\"fr-grid-row fr-grid-row--gutters\"><div class=\"fr-col-12 fr-col-md-9\"><div class=\"fr-input-group\">"
          + "<label class=\"fr-label\" for=\"phrase-\(n)\">Phrase \(n)\(index == detail.synthesis.count ? " (nouvelle)" : "")</label>"
          + "<textarea class=\"fr-input\" id=\"phrase-\(n)\" name=\"phrase-\(n)\" rows=\"2\" maxlength=\"2000\">"
          + "\(escape(sentence?.text ?? ""))</textarea></div></div>"
          + "<div class=\"fr-col-12 fr-col-md-3\"><div class=\"fr-input-group\">"
          + "<label class=\"fr-label\" for=\"citations-\(n)\">Arguments cités</label>"
          + "<input class=\"fr-input\" id=\"citations-\(n)\" name=\"citations-\(n)\" value=\""
          + "\((sentence?.citations ?? []).map(String.init).joined(separator: ", "))\"></div></div></div>"
      }
      body +=
        "<button class=\"fr-btn fr-btn--sm fr-btn--secondary\" type=\"submit\">Enregistrer la synthèse</button></form>"
      if detail.synthesisValidatedBy == nil {
        body +=
          "<form method=\"post\" action=\"/projets/\(id)/themes/valider-synthese\" class=\"fr-mt-2w\">\(hidden)"
          + "<input type=\"hidden\" name=\"version\" value=\"\(detail.synthesisVersion)\">"
          + "<button class=\"fr-btn fr-btn--sm\" type=\"submit\">Valider la synthèse</button></form>"
      }
    } else {
      body += "<ul>"
      for sentence in detail.synthesis {
        body +=
          "<li>\(escape(sentence.text)) "
          + "<span class=\"fr-text--sm\">[\(sentence.citations.map(String.init).joined(separator: ", "))]</span></li>"
      }
      body += "</ul>"
    }

    body += "<h2>Arguments et verbatims</h2>"
    if canEdit {
      body +=
        "<p>Pour scinder le thème, cochez les arguments à en sortir, nommez le nouveau thème et validez "
        + "le formulaire « Scinder » sous le tableau. Pour déplacer un argument, choisissez son thème "
        + "d'arrivée sur sa ligne.</p>"
    }
    body +=
      "<div class=\"fr-table\"><table><caption>Arguments du thème (\(detail.arguments.count))</caption><thead><tr>"
      + "<th scope=\"col\">N°</th><th scope=\"col\">Argument</th><th scope=\"col\">Verbatim</th>"
      + "<th scope=\"col\">Position</th>"
      + (canEdit ? "<th scope=\"col\">Sortir</th><th scope=\"col\">Déplacer vers</th>" : "")
      + "</tr></thead><tbody>"
    for argument in detail.arguments {
      body +=
        "<tr><th scope=\"row\">\(argument.number)</th><td>\(escape(argument.text))</td>"
        + "<td><blockquote>« \(escape(argument.verbatim)) »</blockquote></td><td>\(escape(argument.stanceFR))</td>"
      if canEdit {
        let box = "sortir-\(argument.number)"
        let select = "vers-\(argument.number)"
        body +=
          "<td><div class=\"fr-checkbox-group\"><input type=\"checkbox\" form=\"scinder\" id=\"\(box)\" "
          + "name=\"arg-\(argument.number)\" value=\"\(argument.version)|\(escape(argument.key))\">"
          + "<label class=\"fr-label\" for=\"\(box)\"><span class=\"fr-sr-only\">Sortir l'argument \(argument.number)</span></label></div></td>"
          + "<td><form method=\"post\" action=\"/projets/\(id)/themes/deplacer\">\(hidden)"
          + "<input type=\"hidden\" name=\"argument\" value=\"\(escape(argument.key))\">"
          + "<input type=\"hidden\" name=\"version\" value=\"\(argument.version)\">"
          + "<label class=\"fr-label fr-sr-only\" for=\"\(select)\">Thème où déplacer l'argument \(argument.number)</label>"
          + "<select class=\"fr-select\" id=\"\(select)\" name=\"cible\">"
          + detail.otherThemes.map {
            "<option value=\"\(escape($0.key))\">\($0.isSubTheme ? "↳ " : "")\(escape($0.label))</option>"
          }.joined()
          + "</select><button class=\"fr-btn fr-btn--sm fr-btn--secondary\" type=\"submit\">Déplacer</button></form></td>"
      }
      body += "</tr>"
    }
    body += "</tbody></table></div>"
    if canEdit {
      body +=
        "<form id=\"scinder\" method=\"post\" action=\"/projets/\(id)/themes/scinder\">\(hidden)"
        + "<input type=\"hidden\" name=\"version\" value=\"\(detail.version)\">"
        + "<div class=\"fr-input-group\"><label class=\"fr-label\" for=\"nouveau\">Intitulé du nouveau thème"
        + "<span class=\"fr-hint-text\">Il reçoit les arguments cochés ; au moins un argument reste ici.</span></label>"
        + "<input class=\"fr-input\" id=\"nouveau\" name=\"intitule\" required maxlength=\"200\"></div>"
        + "<button class=\"fr-btn fr-btn--sm\" type=\"submit\">Scinder</button></form>"
    }
    return layout(title: detail.label, body: body, account: account, csrf: csrf)
  }

  static func stability(
    _ project: ProjectLibrary.Project, questions: [ProjectStability.QuestionStability]?, readFirst: Bool,
    failure: String?, account: Account?, csrf: String
  ) -> String {
    let id = project.id
    var body =
      "<h1>Stabilité des thèmes — \(escape(project.title))</h1>"
      + "<p>Chaque thème est comparé aux thèmes trouvés en regroupant de nouveau les arguments, "
      + "avec d'autres graines et sur des tirages de 80 % des arguments. Le score (de 0 à 1) est la "
      + "part moyenne de ses arguments retrouvés ensemble ; l'intervalle donne le plus petit et le "
      + "plus grand nombre de répondants du thème sur ces regroupements. Lisez d'abord les thèmes "
      + "les moins stables. <a class=\"fr-link\" href=\"/projets/\(id)/themes\">Retour aux thèmes</a></p>"
    if let failure {
      body += "<div class=\"fr-alert fr-alert--error fr-mb-3w\"><p>\(escape(failure))</p></div>"
    }
    guard let questions else {
      if failure != nil {
        body +=
          "<p><a class=\"fr-link\" href=\"/projets/\(id)/stabilite?relancer=1\">Relancer la mesure</a></p>"
        return layout(title: "Stabilité", body: body, account: account, csrf: csrf)
      }
      body +=
        "<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>"
        + "<div class=\"fr-alert fr-alert--info\" role=\"status\"><p>Mesure en cours (quelques secondes) : "
        + "cette page se recharge d'elle-même ; sinon, <a href=\"/projets/\(id)/stabilite\">rechargez-la</a>.</p></div>"
        + "<script>setTimeout(function () { location.reload(); }, 2000);</script>"
      return layout(title: "Stabilité", body: body, account: account, csrf: csrf)
    }
    body +=
      "<p>Ordre : "
      + (readFirst
        ? "<a class=\"fr-link\" href=\"/projets/\(id)/stabilite\">celui de l'analyse</a> · <strong>à lire d'abord</strong>"
        : "<strong>celui de l'analyse</strong> · <a class=\"fr-link\" href=\"/projets/\(id)/stabilite?tri=lire-dabord\">à lire d'abord</a>")
      + "</p>"
    func bound(_ value: Int?) -> String { value.map(String.init) ?? "moins de k" }
    for question in questions {
      body += "<h2>\(escape(question.questionID)) — \(escape(question.title))</h2>"
      if let note = question.noteFR {
        body += "<div class=\"fr-alert fr-alert--warning fr-mb-2w\"><p>\(escape(note))</p></div>"
        continue
      }
      body +=
        "<div class=\"fr-table\"><table><caption>Stabilité des thèmes de \(escape(question.questionID)) "
        + "(\(question.runs) regroupements)</caption><thead><tr><th scope=\"col\">Thème</th>"
        + "<th scope=\"col\">Score de stabilité</th><th scope=\"col\">Plus faible</th>"
        + "<th scope=\"col\">Répondants</th><th scope=\"col\">Intervalle des répondants</th></tr></thead><tbody>"
      for row in readFirst ? question.readFirst : question.rows {
        body +=
          "<tr><th scope=\"row\"><a href=\"\(escape(themeHref(id, question: question.questionID, theme: row.key)))\">"
          + "\(escape(row.label))</a></th><td>\(frenchDecimal(row.score))</td><td>\(frenchDecimal(row.lowest))</td>"
          + "<td>\(row.respondents.map(String.init) ?? "masqué")</td>"
          + "<td>\(bound(row.respondentsLower)) – \(bound(row.respondentsUpper))</td></tr>"
      }
      body += "</tbody></table></div>"
    }
    return layout(title: "Stabilité", body: body, account: account, csrf: csrf)
  }
}
