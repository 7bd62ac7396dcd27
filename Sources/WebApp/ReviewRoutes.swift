import Foundation
import Hummingbird
import ObservatoireApp
import ObservatoireCore

/// Stability measures running in the background, one per project at most: a page asks for one
/// and returns at once; the measure stores its result in the project (`ProjectStability`).
actor StabilityTasks {
  private var running: [String: Task<Void, Never>] = [:]
  private var failures: [String: String] = [:]

  /// Starts measuring `project` unless a measure of it is already running.
  func start(id: String, project: String) {
    guard running[id] == nil else { return }
    failures[id] = nil
    running[id] = Task.detached(priority: .utility) {
      var failure: String?
      do {
        _ = try await ProjectStability.measure(project: project)
      } catch is CancellationError {
      } catch {
        failure = (error as? any UserFacingError)?.messageFR ?? "La mesure de stabilité a échoué : \(error)"
      }
      await self.finished(id, failure: failure)
    }
  }

  private func finished(_ id: String, failure: String?) {
    running[id] = nil
    failures[id] = failure
  }

  func failure(of id: String) -> String? { failures[id] }
}

/// The review routes beyond rename, merge and validate: one theme's page, its statement and
/// synthesis, a split, a move, the validation of a synthesis, and the stability page. Each
/// change goes through `ProjectReview` against the version the reviewer saw (409 when stale),
/// then the project's report is written again.
enum ReviewRoutes {
  static func register(
    on router: Router<WebContext>, library: ProjectLibrary, signer: SessionSigner, stability: StabilityTasks,
    writeReport: @escaping @Sendable (String) async throws -> Void
  ) {
    router.get("projets/:id/theme") { request, context in
      let id = try context.parameters.require("id")
      let project = try await library.describe(id)
      let question = request.uri.queryParameters.get("question").map { String($0) } ?? ""
      let theme = request.uri.queryParameters.get("theme").map { String($0) } ?? ""
      let detail = try ProjectReview.theme(
        project: try await library.databasePath(id), question: question, theme: theme)
      return HTML(
        Pages.theme(
          project, detail: detail, csrf: signer.csrfToken(for: context.session), account: context.account))
    }

    /// Parses the form, saves, writes the report again, and goes back to `destination`.
    @Sendable func change(
      _ request: Request, _ context: WebContext,
      _ save: (_ database: String, _ form: [String: String], _ reviewer: String) throws -> String
    ) async throws -> Response {
      let id = try context.parameters.require("id")
      let database = try await library.databasePath(id)
      let form = FormFields.parse(String(buffer: try await request.body.collect(upTo: 65_536)))
      let destination = try save(database, form, context.account?.identifier ?? "inconnu")
      try await writeReport(id)
      return Response.redirect(to: "/projets/\(id)\(destination)", type: .found)
    }

    router.post("projets/:id/themes/enonce") { request, context -> Response in
      try await change(request, context) { database, form, reviewer in
        try ProjectReview.editStatement(
          project: database, question: form["question"] ?? "", theme: form["theme"] ?? "",
          statement: form["enonce"] ?? "", reviewer: reviewer, version: try version(form))
        return themePage(form)
      }
    }

    router.post("projets/:id/themes/synthese") { request, context -> Response in
      try await change(request, context) { database, form, reviewer in
        guard let data = form["numerotation"]?.data(using: .utf8),
          let numbering = try? JSONDecoder().decode([String].self, from: data)
        else { throw WebError.badRequest("numérotation des arguments manquante : rechargez la page.") }
        var sentences: [ProjectReview.SentenceEdit] = []
        var n = 1
        while let text = form["phrase-\(n)"] {
          let numbers = (form["citations-\(n)"] ?? "").split { !$0.isNumber }.map { Int($0) ?? 0 }
          var keys: [String] = []
          for number in numbers {
            guard number >= 1, number <= numbering.count else {
              throw ProjectReviewFormError(
                "La phrase \(n) cite le numéro \(number), qui n'est pas un argument de ce thème "
                  + "(de 1 à \(numbering.count)).")
            }
            keys.append(numbering[number - 1])
          }
          sentences.append(ProjectReview.SentenceEdit(text: text, citations: keys))
          n += 1
        }
        try ProjectReview.editSynthesis(
          project: database, question: form["question"] ?? "", theme: form["theme"] ?? "",
          sentences: sentences,
          reviewer: reviewer, version: try version(form))
        return themePage(form)
      }
    }

    router.post("projets/:id/themes/scinder") { request, context -> Response in
      try await change(request, context) { database, form, reviewer in
        // Each box checked: « version|argument key ».
        let arguments = form.filter { $0.key.hasPrefix("arg-") }.sorted { $0.key < $1.key }.compactMap {
          field -> (key: String, version: Int)? in
          let parts = field.value.split(separator: "|", maxSplits: 1).map(String.init)
          guard parts.count == 2, let version = Int(parts[0]) else { return nil }
          return (parts[1], version)
        }
        let newTheme = try ProjectReview.split(
          project: database, question: form["question"] ?? "", theme: form["theme"] ?? "",
          arguments: arguments,
          label: form["intitule"] ?? "", reviewer: reviewer, version: try version(form))
        return themePage(form, theme: newTheme)
      }
    }

    router.post("projets/:id/themes/deplacer") { request, context -> Response in
      try await change(request, context) { database, form, reviewer in
        try ProjectReview.moveArgument(
          project: database, question: form["question"] ?? "", argument: form["argument"] ?? "",
          to: form["cible"] ?? "", reviewer: reviewer, version: try version(form))
        return themePage(form)
      }
    }

    router.post("projets/:id/themes/valider-synthese") { request, context -> Response in
      try await change(request, context) { database, form, reviewer in
        let theme = form["theme"].flatMap { $0.isEmpty ? nil : $0 }
        try ProjectReview.validateSynthesis(
          project: database, question: form["question"] ?? "", theme: theme, reviewer: reviewer,
          version: try version(form))
        return theme == nil ? "/themes" : themePage(form)
      }
    }

    router.get("projets/:id/stabilite") { request, context in
      let id = try context.parameters.require("id")
      let project = try await library.describe(id)
      let database = try await library.databasePath(id)
      let measured = try ProjectStability.cached(project: database)
      let failure = await stability.failure(of: id)
      if measured == nil, failure == nil || request.uri.queryParameters.get("relancer") != nil {
        await stability.start(id: id, project: database)
      }
      let shownFailure = measured == nil ? await stability.failure(of: id) : nil
      return HTML(
        Pages.stability(
          project, questions: measured, readFirst: request.uri.queryParameters.get("tri") == "lire-dabord",
          failure: shownFailure, account: context.account,
          csrf: signer.csrfToken(for: context.session)))
    }
  }
}

extension ReviewRoutes {
  static func version(_ form: [String: String], _ name: String = "version") throws -> Int {
    guard let value = form[name], let version = Int(value) else {
      throw WebError.badRequest("version manquante : rechargez la page.")
    }
    return version
  }

  /// The theme's page, relative to the project.
  static func themePage(_ form: [String: String], theme: String? = nil) -> String {
    "/theme?question=\(Pages.query(form["question"] ?? ""))&theme=\(Pages.query(theme ?? form["theme"] ?? ""))"
  }
}

/// A review form the reviewer must correct (a citation number out of range).
struct ProjectReviewFormError: UserFacingError {
  var messageFR: String
  init(_ message: String) { messageFR = message }
}
