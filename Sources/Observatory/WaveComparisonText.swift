import Foundation
import Privacy
import Reporting

/// Marks a wave's theme as validated for the publication.
public enum ThemeValidation {
  public static func validate(
    in wave: WaveSnapshot, question: String, theme label: String, by person: String, policy: SmallCellPolicy,
    at date: Date = Date()
  ) throws -> ValidatedTheme {
    guard let open = wave.open.first(where: { $0.code == question }) else {
      throw ObservatoryError.unknownTheme(
        "la question libre « \(question) » n'est pas dans la vague « \(wave.wave) » (questions : "
          + wave.open.map(\.code).joined(separator: ", ") + ")")
    }
    guard let theme = open.themes.first(where: { $0.label == label }) else {
      throw ObservatoryError.unknownTheme(
        "le thème « \(label) » n'existe pas pour \(question) dans la vague « \(wave.wave) » (thèmes : "
          + open.themes.map { "« \($0.label) »" }.joined(separator: ", ") + ")")
    }
    return ValidatedTheme(
      series: wave.series, wave: wave.wave, questionCode: open.code, questionTitle: open.title,
      label: theme.label,
      respondents: policy.mask([theme.respondents], addsUp: false)[0], answered: open.answered,
      examples: theme.examples, validatedBy: person, validatedAt: ISO8601DateFormatter().string(from: date))
  }
}

/// A wave comparison for the terminal, HTML and Markdown.
public enum WaveComparisonText {
  static func percent(_ value: Double?) -> String {
    guard let value else { return "masqué" }
    return String(format: "%.1f %%", value * 100).replacingOccurrences(of: ".", with: ",")
  }

  static func share(_ s: PublishedShare) -> String {
    guard let value = s.share, let lower = s.lower, let upper = s.upper else {
      return s.count == nil && s.base != nil ? "masqué" : "–"
    }
    return "\(percent(value)) [\(percent(lower)) ; \(percent(upper))]"
  }

  static func change(_ c: ShareChange) -> String {
    guard let d = c.difference, let lower = c.lower, let upper = c.upper else { return "–" }
    func points(_ x: Double) -> String {
      (x >= 0 ? "+" : "") + String(format: "%.1f", x * 100).replacingOccurrences(of: ".", with: ",")
    }
    var text = "\(points(d)) pts [\(points(lower)) ; \(points(upper))]"
    if let p = c.pValue {
      text +=
        " p = " + (p < 0.001 ? "< 0,001" : String(format: "%.3f", p).replacingOccurrences(of: ".", with: ","))
    }
    return text
  }

  static func themeShare(_ change: ThemeChange, earlier: Bool) -> String {
    let side = earlier ? change.earlier : change.later
    if (earlier && change.status == .new) || (!earlier && change.status == .fading) { return "absent" }
    return share(side)
  }

  public static func render(_ c: WaveComparison) -> String {
    var text =
      "Série « \(c.series) » : vague « \(c.earlier) » → vague « \(c.later) » (k = \(c.minimumCellSize), seuil des thèmes \(c.themeThreshold))\n\n"
    text += "Questions appariées :\n"
    for match in c.matches {
      text += "  \(match.earlierCode) → \(match.laterCode) (par \(match.method.rawValue))\n"
    }
    if !c.unmatchedEarlier.isEmpty {
      text += "  Sans partenaire (ancienne) : \(c.unmatchedEarlier.joined(separator: ", "))\n"
    }
    if !c.unmatchedLater.isEmpty {
      text += "  Sans partenaire (récente) : \(c.unmatchedLater.joined(separator: ", "))\n"
    }
    for warning in c.warnings { text += "Attention : \(warning)\n" }
    for question in c.closed {
      text +=
        "\n\(question.code). \(question.title)" + (question.segment.map { " — \($0)" } ?? " — ensemble")
        + "\n"
      text += TextTable.render(
        header: ["modalité", c.earlier, c.later, "écart"],
        rows: question.options.map { [$0.option, share($0.earlier), share($0.later), change($0.change)] })
      if let p = question.pValue {
        text +=
          "\nkhi-deux = \(String(format: "%.2f", question.chiSquare ?? 0)), p = \(p < 0.001 ? "< 0,001" : String(format: "%.3f", p))\n"
      } else {
        text += "\n"
      }
    }
    for question in c.open {
      text += "\n\(question.code). \(question.title) — thèmes\n"
      text += TextTable.render(
        header: ["statut", "thème \(c.earlier)", "thème \(c.later)", "cosinus", c.earlier, c.later, "écart"],
        rows: question.themes.map {
          [
            $0.status.rawValue, $0.earlierLabel ?? "–", $0.laterLabel ?? "–",
            String(format: "%.3f", $0.similarity),
            themeShare($0, earlier: true), themeShare($0, earlier: false), change($0.change),
          ]
        })
      text += "\n"
    }
    return text
  }

  public static func markdown(_ c: WaveComparison) -> String {
    let e = PageKit.escapeMarkdown
    var text = "# Série « \(e(c.series)) » : \(e(c.earlier)) → \(e(c.later))\n\n"
    text +=
      "Parts avec leur intervalle de Wilson à 95 % ; écart en points avec l'intervalle de Newcombe et la p-valeur du test de deux proportions. Effectifs inférieurs à \(c.minimumCellSize) masqués. Thèmes appariés si le cosinus de leurs centres atteint \(c.themeThreshold).\n\n"
    for question in c.closed {
      text +=
        "## \(e(question.code)). \(e(question.title))" + (question.segment.map { " — \(e($0))" } ?? "")
        + "\n\n"
      text += "| Modalité | \(e(c.earlier)) | \(e(c.later)) | Écart |\n|---|---|---|---|\n"
      for option in question.options {
        text +=
          "| \(e(option.option)) | \(share(option.earlier)) | \(share(option.later)) | \(change(option.change)) |\n"
      }
      text += "\n"
    }
    for question in c.open {
      text += "## \(e(question.code)). \(e(question.title)) — thèmes\n\n"
      text +=
        "| Statut | Thème \(e(c.earlier)) | Thème \(e(c.later)) | Cosinus | \(e(c.earlier)) | \(e(c.later)) | Écart |\n|---|---|---|---|---|---|---|\n"
      for theme in question.themes {
        text +=
          "| \(theme.status.rawValue) | \(e(theme.earlierLabel ?? "–")) | \(e(theme.laterLabel ?? "–")) | \(String(format: "%.3f", theme.similarity)) | \(themeShare(theme, earlier: true)) | \(themeShare(theme, earlier: false)) | \(change(theme.change)) |\n"
      }
      text += "\n"
    }
    return text
  }

  public static func html(_ c: WaveComparison) -> String {
    PageKit.page(
      title: "Comparaison de vagues — \(c.series)", subtitle: "Observatoire des usages de l'IA",
      navigation: [("comparaison.html", "Comparaison")], current: "comparaison.html", body: body(c))
  }

  /// The page's content (escaped), for a page of another layout (the web app's).
  public static func body(_ c: WaveComparison) -> String {
    let e = PageKit.escapeHTML
    var body = "<h1>Série « \(e(c.series)) » : \(e(c.earlier)) → \(e(c.later))</h1>"
    body +=
      "<p>Parts avec leur intervalle de Wilson à 95 % ; écart en points avec l'intervalle de Newcombe et la p-valeur du test de deux proportions. Effectifs inférieurs à \(c.minimumCellSize) masqués. Thèmes appariés si le cosinus de leurs centres atteint \(c.themeThreshold).</p>"
    for (index, question) in c.closed.enumerated() {
      body +=
        "<div class=\"fr-table\"><table id=\"fermee-\(index + 1)\"><caption>\(e(question.code)). \(e(question.title))\(question.segment.map { " — " + e($0) } ?? "")</caption><thead><tr><th scope=\"col\">Modalité</th><th scope=\"col\">\(e(c.earlier))</th><th scope=\"col\">\(e(c.later))</th><th scope=\"col\">Écart</th></tr></thead><tbody>"
      for option in question.options {
        body +=
          "<tr><th scope=\"row\">\(e(option.option))</th><td>\(share(option.earlier))</td><td>\(share(option.later))</td><td>\(change(option.change))</td></tr>"
      }
      body += "</tbody></table></div>"
    }
    for question in c.open {
      body +=
        "<div class=\"fr-table\"><table><caption>\(e(question.code)). \(e(question.title)) — thèmes</caption><thead><tr><th scope=\"col\">Statut</th><th scope=\"col\">Thème \(e(c.earlier))</th><th scope=\"col\">Thème \(e(c.later))</th><th scope=\"col\">Cosinus</th><th scope=\"col\">\(e(c.earlier))</th><th scope=\"col\">\(e(c.later))</th><th scope=\"col\">Écart</th></tr></thead><tbody>"
      for theme in question.themes {
        body +=
          "<tr data-statut=\"\(theme.status.rawValue)\"><td>\(theme.status.rawValue)</td><td>\(e(theme.earlierLabel ?? "–"))</td><td>\(e(theme.laterLabel ?? "–"))</td><td>\(String(format: "%.3f", theme.similarity))</td><td>\(themeShare(theme, earlier: true))</td><td>\(themeShare(theme, earlier: false))</td><td>\(change(theme.change))</td></tr>"
      }
      body += "</tbody></table></div>"
    }
    return body
  }
}
