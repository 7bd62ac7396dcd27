import Accounts
import Foundation
import Hummingbird
import Metrics
import MultipartKit
import ObservatoireApp
import ObservatoireCore
import Prometheus
import Reporting

/// How a server runs: where it listens, where it keeps projects, what it accepts.
public struct WebServerConfiguration: Sendable {
  public var host = "127.0.0.1"
  public var port = 8080
  /// Projects live in `<data>/projets/`.
  public var dataDirectory: URL
  /// Largest export accepted, in bytes (streamed to disk, refused beyond).
  public var maxUploadBytes = 200_000_000
  public var models: ModelSettings
  public var dsfr: DSFRAssets
  /// Where `/metrics` reads from; `observatoire serve` also routes swift-metrics (Hummingbird's
  /// request counts and durations) into it.
  public var metrics = PrometheusCollectorRegistry()
  /// Session cookies only over HTTPS (`Secure`): set when the server sits behind a TLS proxy.
  public var secureCookies = false
  /// How long a login lasts.
  public var loginDuration: TimeInterval = 8 * 3600
  /// The header by which the académie's reverse proxy names the person it authenticated (single
  /// sign-on); nil (the default): no header is trusted, everyone logs in with a password.
  public var trustedIdentityHeader: String?

  public init(dataDirectory: URL, models: ModelSettings, dsfr: DSFRAssets = .locate()) {
    self.dataDirectory = dataDirectory
    self.models = models
    self.dsfr = dsfr
  }
}

/// `observatoire serve`: server-rendered pages over the application layer (`ObservatoireApp`),
/// usable without JavaScript (forms), enhanced with it (live progress by Server-Sent Events).
public enum WebServer {
  /// Routes swift-metrics (Hummingbird's request counts and durations) into the configuration's
  /// registry, read by `/metrics`. Once per process: the metrics system is global.
  public static func routeMetricsToRegistry(_ configuration: WebServerConfiguration) {
    MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: configuration.metrics))
  }

  public static func application(_ configuration: WebServerConfiguration) throws -> some ApplicationProtocol {
    let router = try router(configuration)
    return Application(
      router: router,
      configuration: .init(
        address: .hostname(configuration.host, port: configuration.port), serverName: "Observatoire"))
  }

  public static func router(_ configuration: WebServerConfiguration) throws -> Router<WebContext> {
    ProjectConnections.keepOpen()
    let library = try ProjectLibrary(dataDirectory: configuration.dataDirectory)
    let projects = library.root
    /// The project's report written again (HTML, JSON, ODS, CSV), from `report` or from the project.
    @Sendable func writeReport(_ id: String, report: ConsultationReport? = nil) async throws {
      let database = try await library.databasePath(id)
      var export = ReportExport(
        report: try report ?? loadConsultationReport(project: database), formats: [.html, .json, .ods, .csv],
        project: database)
      export.assets = configuration.dsfr
      _ = try export.write(to: try await library.reportFolder(id))
    }
    let stability = StabilityTasks()
    let jobs = JobRegistry(
      recordFile: { id in
        ProjectLibrary.isValidID(id)
          ? projects.appendingPathComponent(id).appendingPathComponent("analyse.json") : nil
      },
      onFinished: { id, outcome in
        // Each finished analysis refreshes the project's report.
        // The themes' stability is measured in the background, for the review pages.
        if let database = try? await library.databasePath(id) {
          await stability.start(id: id, project: database)
        }
        do {
          try await writeReport(id, report: outcome.report)
          return "Analyse terminée ; rapport mis à jour."
        } catch {
          let message = (error as? any UserFacingError)?.messageFR ?? "\(error)"
          return "Analyse terminée, mais le rapport n'a pas pu être écrit : \(message)"
        }
      })
    let registry = configuration.metrics
    let imports = registry.makeCounter(
      descriptor: MetricNameDescriptor(
        namespace: "observatoire", metricName: "imports", unitName: "total",
        helpText: "Exports importés en projets."))
    let analyses = registry.makeCounter(
      descriptor: MetricNameDescriptor(
        namespace: "observatoire", metricName: "analyses_lancees", unitName: "total",
        helpText: "Analyses lancées."))
    let signer = try SessionSigner.stored(in: configuration.dataDirectory)
    let accounts = try AccountStore(dataFolder: configuration.dataDirectory)
    let limiter = LoginLimiter()
    let router = Router(context: WebContext.self)
    router.middlewares.add(LogRequestsMiddleware(.info))
    router.middlewares.add(MetricsMiddleware())
    router.middlewares.add(ErrorPages())
    router.middlewares.add(
      SessionMiddleware(
        signer: signer, secureCookies: configuration.secureCookies, accounts: accounts,
        trustedIdentityHeader: configuration.trustedIdentityHeader))

    router.get("connexion") { _, context in
      HTML(
        Pages.login(
          csrf: signer.csrfToken(for: context.session), message: nil,
          noAccountYet: (try? accounts.accounts().isEmpty) ?? false))
    }

    router.post("connexion") { request, context -> Response in
      let form = FormFields.parse(String(buffer: try await request.body.collect(upTo: 16_384)))
      // Behind the académie's proxy the client's address is its X-Forwarded-For; else one key.
      let address =
        request.headers[.init("X-Forwarded-For")!]?.split(separator: ",").first.map {
          $0.trimmingCharacters(in: .whitespaces)
        } ?? "local"
      do {
        let account = try await limiter.login(
          form["identifiant"] ?? "", password: form["mot_de_passe"] ?? "", from: address, in: accounts)
        // A new session at login (no fixation), and the account bound to it.
        let (session, sessionCookie) = signer.newSession()
        var response = Response.redirect(to: "/", type: .found)
        response.setCookie(
          Cookie(
            name: SessionMiddleware.cookieName, value: sessionCookie, path: "/",
            secure: configuration.secureCookies, httpOnly: true, sameSite: .strict))
        response.setCookie(
          Cookie(
            name: SessionMiddleware.accountCookieName,
            value: signer.accountCookie(
              identifier: account.identifier, session: session,
              expiry: Date().addingTimeInterval(configuration.loginDuration)),
            path: "/", secure: configuration.secureCookies, httpOnly: true, sameSite: .strict))
        return response
      } catch let error as LoginError {
        let status: HTTPResponse.Status =
          if case .tooManyAttempts = error { .tooManyRequests } else { .unauthorized }
        return try HTML(
          Pages.login(
            csrf: signer.csrfToken(for: context.session), message: error.messageFR, noAccountYet: false),
          status: status
        ).response(from: request, context: context)
      }
    }

    router.post("deconnexion") { _, _ -> Response in
      var response = Response.redirect(to: "/connexion", type: .found)
      response.setCookie(
        Cookie(
          name: SessionMiddleware.accountCookieName, value: "", maxAge: 0, path: "/",
          secure: configuration.secureCookies, httpOnly: true, sameSite: .strict))
      return response
    }

    router.get("healthz") { _, _ in "ok\n" }

    router.get("metrics") { _, _ -> Response in
      Response(
        status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
        body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
    }

    router.get("/") { _, context in
      HTML(
        Pages.home(
          projects: await library.list(), maxUploadBytes: configuration.maxUploadBytes,
          csrf: signer.csrfToken(for: context.session), account: context.account))
    }

    // A browser's form keeps the export aside until its sender has checked the questions (the
    // mapping); a script's upload (the file as the body, `?nom=`) is imported at once.
    let staged = try StagedExports(dataDirectory: configuration.dataDirectory)
    router.post("projets") { request, context -> Response in
      let acceptsToken = { (token: String?) in signer.isValid(csrf: token, for: context.session) }
      if (request.headers[.contentType] ?? "").hasPrefix("multipart/form-data") {
        let token = try await Upload.stage(
          request, library: library, into: staged, owner: context.account?.identifier ?? "",
          maxBytes: configuration.maxUploadBytes, acceptsToken: acceptsToken)
        return Response.redirect(to: "/envois/\(token)", type: .found)
      }
      let id = try await Upload.receive(
        request, library: library, maxBytes: configuration.maxUploadBytes, acceptsToken: acceptsToken)
      imports.increment()
      return Response.redirect(to: "/projets/\(id)", type: .found)
    }

    router.get("envois/:jeton") { _, context in
      let token = try context.parameters.require("jeton")
      let file = try await staged.export(token, owner: context.account?.identifier ?? "")
      let preview = try await ImportPreview.read(file: file.path)
      return HTML(
        Pages.mappingReview(
          preview, token: token, csrf: signer.csrfToken(for: context.session), account: context.account))
    }

    router.post("envois/:jeton") { request, context -> Response in
      let token = try context.parameters.require("jeton")
      let owner = context.account?.identifier ?? ""
      let file = try await staged.export(token, owner: owner)
      let form = FormFields.parse(String(buffer: try await request.body.collect(upTo: 65_536)))
      let preview = try await ImportPreview.read(file: file.path)
      var kinds: [QuestionID: String] = [:]
      var segments: Set<QuestionID> = []
      for (index, question) in preview.questions.enumerated() {
        if let kind = form["type-\(index)"] { kinds[question.id] = kind }
        if form["segment-\(index)"] == "oui" { segments.insert(question.id) }
      }
      let id = try await Upload.importChecked(
        file, preview: preview, kinds: kinds, segments: segments, library: library)
      try await staged.discard(token, owner: owner)
      imports.increment()
      return Response.redirect(to: "/projets/\(id)", type: .found)
    }

    router.post("envois/:jeton/abandonner") { _, context -> Response in
      try await staged.discard(
        try context.parameters.require("jeton"), owner: context.account?.identifier ?? "")
      return Response.redirect(to: "/", type: .found)
    }

    router.get("projets/:id") { _, context in
      let id = try context.parameters.require("id")
      let project = try await library.describe(id)
      let hasReport = FileManager.default.fileExists(
        atPath: try await library.reportFolder(id).appendingPathComponent("index.html").path)
      return HTML(
        Pages.project(
          project, job: await jobs.state(of: id), lastMessage: await jobs.lastMessage(of: id),
          hasReport: hasReport, csrf: signer.csrfToken(for: context.session), account: context.account))
    }

    router.post("projets/:id/analyse") { request, context -> Response in
      let id = try context.parameters.require("id")
      let form = String(buffer: try await request.body.collect(upTo: 16_384))
      var analysis = AnalysisRequest(
        project: try await library.databasePath(id), models: configuration.models)
      analysis.method = form.contains("methode=modele") ? .languageModel(extraction: .modele) : .rules
      try await jobs.start(project: id, request: analysis)
      analyses.increment()
      return Response.redirect(to: "/projets/\(id)", type: .found)
    }

    let renderedThemes = RenderedBodies<Pages.ThemesPageInput>()
    router.get("projets/:id/themes") { _, context in
      let id = try context.parameters.require("id")
      let project = try await library.describe(id)
      let questions = try ProjectReview.themes(project: try await library.databasePath(id))
      return HTML(
        Pages.themes(
          project, questions: questions, csrf: signer.csrfToken(for: context.session),
          account: context.account, rendered: renderedThemes))
    }

    /// A rename or a validation, then the project's report written again with it.
    @Sendable func review(
      _ request: Request, _ context: WebContext, _ save: (String, [String: String], String) throws -> Void
    )
      async throws -> Response
    {
      let id = try context.parameters.require("id")
      let database = try await library.databasePath(id)
      let form = FormFields.parse(String(buffer: try await request.body.collect(upTo: 16_384)))
      let reviewer = context.account?.identifier ?? "inconnu"
      try save(database, form, reviewer)
      try await writeReport(id)
      return Response.redirect(to: "/projets/\(id)/themes", type: .found)
    }

    router.post("projets/:id/themes/renommer") { request, context -> Response in
      try await review(request, context) { database, form, reviewer in
        try ProjectReview.rename(
          project: database, question: form["question"] ?? "", theme: form["theme"] ?? "",
          label: form["intitule"] ?? "", reviewer: reviewer, version: Int(form["version"] ?? "") ?? 0)
      }
    }

    router.get("projets/:id/echantillon") { request, context in
      let id = try context.parameters.require("id")
      let project = try await library.describe(id)
      let database = try await library.databasePath(id)
      let firstAnalysed = try ProjectReview.themes(project: database).first?.questionID ?? ""
      let question = request.uri.queryParameters.get("question").map { String($0) } ?? firstAnalysed
      let coder = context.account?.identifier ?? "inconnu"
      let state = try SampleCheck.state(project: database, question: question, coder: coder)
      return HTML(
        Pages.sample(
          project, state: state, csrf: signer.csrfToken(for: context.session), account: context.account))
    }

    router.post("projets/:id/echantillon/coder") { request, context -> Response in
      let id = try context.parameters.require("id")
      let database = try await library.databasePath(id)
      let form = FormFields.parse(String(buffer: try await request.body.collect(upTo: 65_536)))
      let question = form["question"] ?? ""
      let themes = form.keys.filter { $0.hasPrefix("theme-") }.map { String($0.dropFirst("theme-".count)) }
      let sampleComplete = try SampleCheck.code(
        project: database, question: question, response: form["reponse"] ?? "", themes: themes,
        coder: context.account?.identifier ?? "inconnu")
      // The report's method page prints the check once a whole sample is coded (and each change after).
      if sampleComplete { try await writeReport(id) }
      let encoded = question.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? question
      return Response.redirect(to: "/projets/\(id)/echantillon?question=\(encoded)", type: .found)
    }

    router.get("projets/:id/journal") { _, context in
      let id = try context.parameters.require("id")
      let project = try await library.describe(id)
      let lines = try ProjectReview.auditLines(project: try await library.databasePath(id))
      return HTML(
        Pages.journal(
          project, lines: lines, csrf: signer.csrfToken(for: context.session), account: context.account))
    }

    router.post("projets/:id/themes/fusionner") { request, context -> Response in
      try await review(request, context) { database, form, reviewer in
        let target = (form["cible"] ?? "").split(separator: "|", maxSplits: 1).map(String.init)
        guard target.count == 2, let targetVersion = Int(target[1]) else {
          throw WebError.badRequest("thème cible manquant")
        }
        try ProjectReview.merge(
          project: database, question: form["question"] ?? "", source: form["theme"] ?? "", into: target[0],
          reviewer: reviewer, sourceVersion: Int(form["version"] ?? "") ?? 0, targetVersion: targetVersion)
      }
    }

    router.post("projets/:id/themes/valider") { request, context -> Response in
      try await review(request, context) { database, form, reviewer in
        try ProjectReview.validate(
          project: database, question: form["question"] ?? "", theme: form["theme"] ?? "", reviewer: reviewer,
          version: Int(form["version"] ?? "") ?? 0)
      }
    }

    AccountRoutes.register(on: router, accounts: accounts, signer: signer)
    ReviewRoutes.register(
      on: router, library: library, signer: signer, stability: stability,
      writeReport: { try await writeReport($0) })

    router.post("projets/:id/repondants/supprimer") { request, context -> Response in
      guard context.account?.role.canManageAccounts ?? false else { throw WebError.administratorsOnly }
      let id = try context.parameters.require("id")
      let database = try await library.databasePath(id)
      let form = FormFields.parse(String(buffer: try await request.body.collect(upTo: 16_384)))
      guard form["confirmer"] == "oui" else {
        throw WebError.badRequest("cochez la confirmation de la suppression.")
      }
      let respondent = (form["repondant"] ?? "").trimmingCharacters(in: .whitespaces)
      guard !respondent.isEmpty else { throw WebError.badRequest("identifiant du répondant manquant.") }
      let summary = try RespondentRemoval.delete(
        respondent: respondent, project: database, by: context.account?.identifier ?? "inconnu")
      try await writeReport(id)
      return try HTML(
        Pages.notice(
          RespondentRemoval.describeFR(summary) + " Le rapport a été réécrit.", back: "/projets/\(id)",
          account: context.account, csrf: signer.csrfToken(for: context.session))
      ).response(from: request, context: context)
    }

    router.post("projets/:id/analyse/annuler") { _, context -> Response in
      let id = try context.parameters.require("id")
      _ = try await library.folder(id)
      try await jobs.cancel(project: id)
      return Response.redirect(to: "/projets/\(id)", type: .found)
    }

    router.get("projets/:id/analyse/evenements") { _, context -> Response in
      let id = try context.parameters.require("id")
      _ = try await library.folder(id)
      let events = try await jobs.follow(project: id)
      let body = events.map { event in
        ByteBuffer(
          string: "event: \(event.name)\ndata: \(event.data.replacingOccurrences(of: "\n", with: " "))\n\n")
      }
      return Response(
        status: .ok,
        headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
        body: ResponseBody(asyncSequence: body))
    }

    router.get("projets/:id/rapport/**") { _, context -> Response in
      let id = try context.parameters.require("id")
      let folder = try await library.reportFolder(id)
      return try StaticFile.response(under: folder, path: context.parameters.getCatchAll())
    }

    router.get("dsfr/**") { _, context -> Response in
      guard let folder = configuration.dsfr.directory else { throw WebError.notFound }
      return try StaticFile.response(under: folder, path: context.parameters.getCatchAll())
    }
    ObservatoryRoutes.add(to: router, configuration: configuration, signer: signer, library: library)
    return router
  }
}

/// An HTML page as a response.
struct HTML: ResponseGenerator {
  var text: String
  var status: HTTPResponse.Status = .ok
  init(_ text: String, status: HTTPResponse.Status = .ok) {
    self.text = text
    self.status = status
  }
  func response(from request: Request, context: some RequestContext) throws -> Response {
    Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }
}

/// Every error a route throws becomes a French page with its status, in one place: `WebError`
/// has its own status; another user-facing error (a bad export, an unknown question) is the
/// request's fault (400); anything else is the server's (500), its detail kept out of the page.
struct ErrorPages<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as WebError {
      return page(error.messageFR, status: error.status)
    } catch let error as ReviewConflict {
      return page(error.messageFR + " Rechargez la page pour voir la version actuelle.", status: 409)
    } catch let error as any UserFacingError {
      return page(error.messageFR, status: 400)
    } catch let error as HTTPError where error.status == .notFound {
      return page(WebError.notFound.messageFR, status: 404)
    } catch let error as HTTPError {
      throw error
    } catch {
      context.logger.error("\(error)")
      return page("Erreur interne du serveur.", status: 500)
    }
  }

  func page(_ message: String, status: Int) -> Response {
    Response(
      status: HTTPResponse.Status(code: status), headers: [.contentType: "text/html; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: Pages.error(message, status: status))))
  }
}

/// A file of a folder the server publishes (a report, the DSFR assets), never outside it.
enum StaticFile {
  static func response(under folder: URL, path components: [Substring]) throws -> Response {
    guard !components.isEmpty,
      components.allSatisfy({ !$0.isEmpty && $0 != ".." && $0 != "." && !$0.contains("\\") })
    else { throw WebError.notFound }
    let file = components.reduce(folder) { $0.appendingPathComponent(String($1)) }
    guard file.standardizedFileURL.path.hasPrefix(folder.standardizedFileURL.path + "/"),
      let data = FileManager.default.contents(atPath: file.path)
    else { throw WebError.notFound }
    return Response(
      status: .ok, headers: [.contentType: contentType(of: file.pathExtension)],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }

  static func contentType(of fileExtension: String) -> String {
    switch fileExtension.lowercased() {
    case "html": "text/html; charset=utf-8"
    case "css": "text/css; charset=utf-8"
    case "js": "text/javascript; charset=utf-8"
    case "json": "application/json"
    case "csv": "text/csv; charset=utf-8"
    case "md": "text/markdown; charset=utf-8"
    case "svg": "image/svg+xml"
    case "woff2": "font/woff2"
    case "woff": "font/woff"
    case "ods": "application/vnd.oasis.opendocument.spreadsheet"
    default: "application/octet-stream"
    }
  }
}
