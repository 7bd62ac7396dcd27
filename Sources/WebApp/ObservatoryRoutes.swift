import Accounts
import Foundation
import Hummingbird
import ObservatoireApp

/// The observatory's pages: the register of initiatives (filters, the grid's heat map), the
/// training coverage, the series' wave comparisons and the annual publications, for every
/// logged-in user; the import of a register or a training export, for analysts and
/// administrators (the session middleware refuses a reader's POST). The observatory of a server
/// is one store in its data folder, `<data>/observatoire.observatoire`
/// (`ObservatoryService.webStore(in:)`), created by the first import.
enum ObservatoryRoutes {
  /// The upload routes, whose CSRF token is checked as the body streams (`Upload`).
  static let uploadPaths: Set<String> = ["/observatoire/registre", "/observatoire/formation"]

  static func add(
    to router: Router<WebContext>, configuration: WebServerConfiguration, signer: SessionSigner,
    library: ProjectLibrary
  ) {
    let store = ObservatoryService.webStore(in: configuration.dataDirectory)
    let staging = configuration.dataDirectory.appendingPathComponent("envois", isDirectory: true)
    @Sendable func page(_ title: String, _ body: String, _ context: WebContext) -> HTML {
      HTML(
        Pages.layout(
          title: title, body: ObservatoryPages.navigation(current: title) + body, account: context.account,
          csrf: signer.csrfToken(for: context.session)))
    }
    @Sendable func query(_ request: Request, _ name: String) -> String? {
      request.uri.queryParameters.get(name).map { String($0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    router.get("observatoire") { _, context in
      page(
        "Observatoire des usages de l'IA",
        ObservatoryPages.overview(
          canEdit: context.account?.role.canEdit ?? false, csrf: signer.csrfToken(for: context.session),
          maxUploadBytes: configuration.maxUploadBytes), context)
    }

    router.get("observatoire/registre") { request, context in
      let filter = ObservatoryService.RegisterFilter(
        discipline: query(request, "discipline"), level: query(request, "niveau"),
        academie: query(request, "academie"))
      let view = try store.registerView(filter)
      return page(
        "Registre des initiatives",
        ObservatoryPages.register(
          view, filter: filter, canEdit: context.account?.role.canEdit ?? false,
          csrf: signer.csrfToken(for: context.session), maxUploadBytes: configuration.maxUploadBytes), context
      )
    }

    router.post("observatoire/registre") { request, context -> Response in
      let summary = try await Upload.receiveFile(
        request, staging: staging, maxBytes: configuration.maxUploadBytes,
        acceptsToken: { signer.isValid(csrf: $0, for: context.session) }
      ) { file in try store.importRegister(file: file) }
      return try page(
        "Registre importé",
        ObservatoryPages.imported(summary.summaryFR, back: "/observatoire/registre"), context
      ).response(from: request, context: context)
    }

    router.get("observatoire/formation") { request, context in
      let coverage = try store.trainingCoverage(
        territoryCode: query(request, "par"), k: query(request, "k").flatMap { Int($0) }.map { max(1, $0) })
      return page(
        "Suivi des formations",
        ObservatoryPages.training(
          coverage, canEdit: context.account?.role.canEdit ?? false,
          csrf: signer.csrfToken(for: context.session),
          maxUploadBytes: configuration.maxUploadBytes), context)
    }

    router.post("observatoire/formation") { request, context -> Response in
      let summary = try await Upload.receiveFile(
        request, staging: staging, maxBytes: configuration.maxUploadBytes,
        acceptsToken: { signer.isValid(csrf: $0, for: context.session) }
      ) { file in try store.importTraining(file: file) }
      return try page(
        "Formations importées",
        ObservatoryPages.imported(summary.summaryFR, back: "/observatoire/formation"), context
      ).response(from: request, context: context)
    }

    router.get("observatoire/series") { request, context in
      let series = try store.series()
      var comparison: ObservatoryService.ComparisonView?
      if let name = query(request, "serie") {
        comparison = try store.comparisonView(
          ObservatoryService.ComparisonRequest(
            series: name, earlier: query(request, "de"), later: query(request, "a")))
      }
      let canEdit = context.account?.role.canEdit ?? false
      return page(
        "Séries et vagues",
        ObservatoryPages.series(
          series, comparison: comparison, projects: canEdit ? await library.list() : [],
          canEdit: canEdit, csrf: signer.csrfToken(for: context.session)), context)
    }

    /// Adds (or replaces) a wave of a series from one of the server's analysed projects.
    router.post("observatoire/series/vague") { request, context -> Response in
      let form = FormFields.parse(String(buffer: try await request.body.collect(upTo: 16_384)))
      let field = { (name: String) in (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
      let (series, wave, id) = (field("serie"), field("vague"), field("projet"))
      guard !series.isEmpty, series.count <= 80, !wave.isEmpty, wave.count <= 80 else {
        throw WebError.badRequest("nom de série et nom de vague attendus (80 caractères au plus chacun).")
      }
      guard ProjectLibrary.isValidID(id), let path = try? await library.databasePath(id) else {
        throw WebError.badRequest("projet inconnu : choisissez un projet de la liste.")
      }
      _ = try await store.addWave(series: series, wave: wave, from: path, models: configuration.models)
      let encoded = series.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? series
      return Response.redirect(to: "/observatoire/series?serie=\(encoded)", type: .found)
    }

    router.get("observatoire/publication") { request, context in
      let years = try store.publicationYears()
      let view = try (query(request, "annee") ?? years.first).map { try store.publicationView(year: $0) }
      return page(
        "Publication annuelle",
        ObservatoryPages.publication(
          years: years, view: view, canEdit: context.account?.role.canEdit ?? false,
          csrf: signer.csrfToken(for: context.session)), context)
    }

    /// Generates (or regenerates) a year's publication from the register and the validated themes.
    router.post("observatoire/publication/generer") { request, context -> Response in
      let form = FormFields.parse(String(buffer: try await request.body.collect(upTo: 16_384)))
      let year = (form["annee"] ?? "").trimmingCharacters(in: .whitespaces)
      guard year.wholeMatch(of: /\d{4}(-\d{4})?/) != nil else {
        throw WebError.badRequest(
          "année de la publication attendue comme « 2026 » ou « 2025-2026 » (reçu : « \(year) »).")
      }
      _ = try store.generatePublication(year: year)
      return Response.redirect(to: "/observatoire/publication?annee=\(year)", type: .found)
    }

    /// The reviewer validates the publication as they read it: its export is then allowed.
    router.post("observatoire/publication/valider") { request, context -> Response in
      let form = FormFields.parse(String(buffer: try await request.body.collect(upTo: 16_384)))
      let year = (form["annee"] ?? "").trimmingCharacters(in: .whitespaces)
      try store.validatePublication(year: year, by: context.account?.identifier ?? "inconnu")
      let encoded = year.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? year
      return Response.redirect(to: "/observatoire/publication?annee=\(encoded)", type: .found)
    }
  }
}

/// The observatory pages' bodies (the layout is `Pages.layout`). Every value from the store or a
/// request is escaped; the bodies the application layer gives are escaped already.
enum ObservatoryPages {
  static let e = Pages.escape

  static let sections: [(href: String, title: String)] = [
    ("/observatoire", "Observatoire des usages de l'IA"),
    ("/observatoire/registre", "Registre des initiatives"),
    ("/observatoire/formation", "Suivi des formations"), ("/observatoire/series", "Séries et vagues"),
    ("/observatoire/publication", "Publication annuelle"),
  ]

  static func navigation(current: String) -> String {
    "<nav class=\"fr-mb-3w\" aria-label=\"Observatoire\"><ul class=\"fr-links-group fr-links-group--inline\">"
      + sections.map { section in
        "<li><a class=\"fr-link\" href=\"\(section.href)\"\(section.title == current ? " aria-current=\"page\"" : "")>\(e(section.title))</a></li>"
      }.joined() + "</ul></nav>"
  }

  /// A form that uploads an export (`multipart/form-data`, the token before the file, as `Upload`
  /// reads it).
  static func uploadForm(action: String, label: String, hint: String, csrf: String, maxUploadBytes: Int)
    -> String
  {
    let id = "export-" + (action.split(separator: "/").last.map(String.init) ?? "fichier")
    return """
      <form method="post" action="\(action)" enctype="multipart/form-data">
      \(Pages.csrfField(csrf))
      <div class="fr-upload-group">
      <label class="fr-label" for="\(id)">\(e(label))
      <span class="fr-hint-text">\(e(hint)) Taille maximale : \(maxUploadBytes / 1_000_000) Mo.</span></label>
      <input class="fr-upload" type="file" id="\(id)" name="export" accept=".csv,.tsv,.xlsx,.ods" required>
      </div>
      <button class="fr-btn fr-mt-2w" type="submit">Importer</button>
      </form>
      """
  }

  static func registerForm(csrf: String, maxUploadBytes: Int) -> String {
    uploadForm(
      action: "/observatoire/registre", label: "Export du registre (CSV, TSV, XLSX, ODS)",
      hint:
        "Remplace le registre et ses évaluations. Chaque ligne est vérifiée avant tout enregistrement : une ligne fautive est signalée et rien n'est importé. Descriptions et contacts sont masqués.",
      csrf: csrf, maxUploadBytes: maxUploadBytes)
  }

  static func trainingForm(csrf: String, maxUploadBytes: Int) -> String {
    uploadForm(
      action: "/observatoire/formation", label: "Export de la plateforme de formation (CSV, TSV, XLSX, ODS)",
      hint:
        "Remplace les formations. L'identifiant de la plateforme n'est pas gardé ; une ligne fautive est signalée et rien n'est importé.",
      csrf: csrf, maxUploadBytes: maxUploadBytes)
  }

  static func overview(canEdit: Bool, csrf: String, maxUploadBytes: Int) -> String {
    var body = "<h1>Observatoire des usages de l'IA</h1>"
    body +=
      "<p>Ce qui dure d'une consultation à l'autre : le registre des initiatives et leur évaluation sur la grille de l'inspection, le suivi des formations, les séries de consultations dans le temps et la publication annuelle des usages pertinents.</p><ul>"
    for section in sections.dropFirst() {
      body += "<li><a class=\"fr-link\" href=\"\(section.href)\">\(e(section.title))</a></li>"
    }
    body += "</ul>"
    if canEdit {
      body += "<h2>Importer le registre</h2>" + registerForm(csrf: csrf, maxUploadBytes: maxUploadBytes)
      body += "<h2>Importer les formations</h2>" + trainingForm(csrf: csrf, maxUploadBytes: maxUploadBytes)
    }
    return body
  }

  static func select(_ name: String, label: String, values: [String], selected: String?) -> String {
    var html =
      "<div class=\"fr-select-group\"><label class=\"fr-label\" for=\"f-\(name)\">\(e(label))</label><select class=\"fr-select\" id=\"f-\(name)\" name=\"\(name)\"><option value=\"\">Toutes</option>"
    for value in values {
      html += "<option value=\"\(e(value))\"\(value == selected ? " selected" : "")>\(e(value))</option>"
    }
    return html + "</select></div>"
  }

  static func register(
    _ view: ObservatoryService.RegisterView, filter: ObservatoryService.RegisterFilter, canEdit: Bool,
    csrf: String, maxUploadBytes: Int
  ) -> String {
    var body = "<h1>Registre des initiatives</h1>"
    if view.total == 0 {
      body += "<p>Aucun registre importé pour l'instant.</p>"
    } else {
      body += "<form method=\"get\" action=\"/observatoire/registre\" class=\"fr-mb-3w\">"
      body += select("discipline", label: "Discipline", values: view.disciplines, selected: filter.discipline)
      body += select("niveau", label: "Niveau", values: view.levels, selected: filter.level)
      body += select("academie", label: "Académie", values: view.academies, selected: filter.academie)
      body += "<button class=\"fr-btn fr-btn--secondary fr-mt-2w\" type=\"submit\">Filtrer</button></form>"
      body +=
        "<p data-affichees=\"\(view.shown)\">\(frenchCount(view.shown, "initiative affichée", "initiatives affichées")) sur \(view.total)"
        + (filter.isEmpty
          ? "" : " — <a class=\"fr-link\" href=\"/observatoire/registre\">tout le registre</a>")
        + ".</p>"
      body += view.bodyHTML
    }
    if canEdit {
      body += "<h2>Importer le registre</h2>" + registerForm(csrf: csrf, maxUploadBytes: maxUploadBytes)
    }
    return body
  }

  static func training(
    _ coverage: ObservatoryService.TrainingCoverage, canEdit: Bool, csrf: String, maxUploadBytes: Int
  ) -> String {
    var body = ""
    if coverage.rows.isEmpty {
      body += "<h1>Suivi des formations à l'IA</h1><p>Aucune formation importée pour l'instant.</p>"
    } else {
      body += "<form method=\"get\" action=\"/observatoire/formation\" class=\"fr-mb-3w\">"
      body +=
        "<div class=\"fr-select-group\"><label class=\"fr-label\" for=\"f-par\">Par</label><select class=\"fr-select\" id=\"f-par\" name=\"par\">"
      for territory in ObservatoryService.TrainingCoverage.territories {
        body +=
          "<option value=\"\(e(territory.code))\"\(territory.code == coverage.territoryCode ? " selected" : "")>\(e(territory.label))</option>"
      }
      body += "</select></div>"
      body +=
        "<div class=\"fr-input-group\"><label class=\"fr-label\" for=\"f-k\">Effectif minimal publié (k)</label><input class=\"fr-input\" type=\"number\" min=\"1\" id=\"f-k\" name=\"k\" value=\"\(coverage.k)\"></div>"
      body += "<button class=\"fr-btn fr-btn--secondary\" type=\"submit\">Afficher</button></form>"
      body += coverage.bodyHTML
    }
    if canEdit {
      body += "<h2>Importer les formations</h2>" + trainingForm(csrf: csrf, maxUploadBytes: maxUploadBytes)
    }
    return body
  }

  static func series(
    _ series: [(name: String, waves: [String])], comparison: ObservatoryService.ComparisonView?,
    projects: [ProjectLibrary.Project] = [], canEdit: Bool = false, csrf: String = ""
  )
    -> String
  {
    var body = "<h1>Séries et vagues</h1>"
    if series.isEmpty {
      body +=
        "<p>Aucune série pour l'instant. Une vague s'ajoute à une série depuis un projet importé et analysé"
        + (canEdit ? " (formulaire ci-dessous)." : " : un analyste l'ajoute depuis cette page.") + "</p>"
    } else {
      body += "<ul>"
      for item in series {
        let encoded = item.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? item.name
        body += "<li><strong>\(e(item.name))</strong> — vagues : \(e(item.waves.joined(separator: ", ")))"
        if item.waves.count >= 2 {
          body +=
            " — <a class=\"fr-link\" href=\"/observatoire/series?serie=\(encoded)\">comparer les deux dernières</a>"
        }
        body += "</li>"
      }
      body += "</ul>"
    }
    if let comparison { body += comparison.bodyHTML }
    if canEdit { body += addWaveForm(series: series.map(\.name), projects: projects, csrf: csrf) }
    return body
  }

  /// A project of the server becomes a wave: the series (new or existing) and the wave's name.
  static func addWaveForm(series: [String], projects: [ProjectLibrary.Project], csrf: String) -> String {
    guard !projects.isEmpty else {
      return
        "<p>Importez et analysez d'abord un projet (page « Projets ») pour l'ajouter comme vague d'une série.</p>"
    }
    let options = projects.map { project in
      "<option value=\"\(e(project.id))\">\(e(project.title)) — \(project.respondents) répondants"
        + (project.analysedQuestions == 0 ? " (non analysé)" : "") + "</option>"
    }.joined()
    let known = series.map { "<option value=\"\(e($0))\"></option>" }.joined()
    return "<h2>Ajouter une vague</h2><form method=\"post\" action=\"/observatoire/series/vague\">"
      + Pages.csrfField(csrf)
      + "<div class=\"fr-select-group\"><label class=\"fr-label\" for=\"vague-projet\">Projet"
      + "<span class=\"fr-hint-text\">Ses questions fermées et ses thèmes seront comparés aux autres vagues.</span>"
      + "</label><select class=\"fr-select\" id=\"vague-projet\" name=\"projet\" required>\(options)</select></div>"
      + "<div class=\"fr-input-group\"><label class=\"fr-label\" for=\"vague-serie\">Série"
      + "<span class=\"fr-hint-text\">Une série existante ou un nouveau nom (par exemple « enseignants »).</span>"
      + "</label><input class=\"fr-input\" id=\"vague-serie\" name=\"serie\" list=\"series-connues\" "
      + "maxlength=\"80\" required><datalist id=\"series-connues\">\(known)</datalist></div>"
      + "<div class=\"fr-input-group\"><label class=\"fr-label\" for=\"vague-nom\">Vague"
      + "<span class=\"fr-hint-text\">Son nom dans la série, par exemple l'année « 2026 » ; "
      + "une vague du même nom est remplacée.</span></label>"
      + "<input class=\"fr-input\" id=\"vague-nom\" name=\"vague\" maxlength=\"80\" required></div>"
      + "<button class=\"fr-btn\" type=\"submit\">Ajouter la vague</button></form>"
  }

  static func publication(
    years: [String], view: ObservatoryService.PublicationView?, canEdit: Bool, csrf: String
  ) -> String {
    let generate =
      canEdit
      ? "<form method=\"post\" action=\"/observatoire/publication/generer\" class=\"fr-mb-3w\">"
        + Pages.csrfField(csrf)
        + "<div class=\"fr-input-group\"><label class=\"fr-label\" for=\"annee\">Année de la publication (« 2026 » ou « 2025-2026 »)"
        + "<span class=\"fr-hint-text\">Les initiatives validées au niveau « maîtrise » ou plus et les thèmes "
        + "validés des consultations ; une publication déjà validée devra l'être de nouveau si elle change.</span>"
        + "</label><input class=\"fr-input\" id=\"annee\" name=\"annee\" pattern=\"[0-9]{4}(-[0-9]{4})?\" "
        + "required value=\"\(e(view?.year ?? ""))\"></div>"
        + "<button class=\"fr-btn fr-btn--secondary\" type=\"submit\">Générer la publication</button></form>"
      : ""
    guard let view else {
      return
        "<h1>Publication annuelle</h1><p>Aucune publication générée pour l'instant.</p>" + generate
    }
    var body = generate
    if canEdit, view.validatedBy == nil {
      body +=
        "<form method=\"post\" action=\"/observatoire/publication/valider\" class=\"fr-mb-3w\">"
        + Pages.csrfField(csrf) + "<input type=\"hidden\" name=\"annee\" value=\"\(e(view.year))\">"
        + "<button class=\"fr-btn\" type=\"submit\">Valider la publication \(e(view.year)) telle qu'elle est lue ici</button></form>"
    }
    if years.count > 1 {
      body += "<p>Années : "
      body += years.map { year in
        let encoded = year.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? year
        return year == view.year
          ? "<strong>\(e(year))</strong>"
          : "<a class=\"fr-link\" href=\"/observatoire/publication?annee=\(encoded)\">\(e(year))</a>"
      }.joined(separator: " · ")
      body += "</p>"
    }
    if view.changedSinceValidation {
      body +=
        "<div class=\"fr-alert fr-alert--info fr-mb-3w\"><p>Cette publication a changé depuis sa validation : elle doit être relue et validée de nouveau.</p></div>"
    }
    return body + view.bodyHTML
  }

  static func imported(_ summary: String, back: String) -> String {
    "<div class=\"fr-alert fr-alert--success fr-mb-3w\"><p data-import=\"ok\">\(e(summary))</p></div><p><a class=\"fr-link\" href=\"\(back)\">Voir</a></p>"
  }
}
