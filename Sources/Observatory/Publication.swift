import Foundation
import Privacy
import Reporting

/// A consultation theme an analyst validated for the annual publication.
public struct ValidatedTheme: Sendable, Hashable, Codable {
  public var series: String
  public var wave: String
  public var questionCode: String
  public var questionTitle: String
  public var label: String
  /// Respondents in the theme, as published (nil when masked), and the question's answers.
  public var respondents: Int?
  public var answered: Int
  public var examples: [String]
  public var validatedBy: String
  public var validatedAt: String

  public init(
    series: String, wave: String, questionCode: String, questionTitle: String, label: String,
    respondents: Int?,
    answered: Int, examples: [String], validatedBy: String, validatedAt: String
  ) {
    self.series = series
    self.wave = wave
    self.questionCode = questionCode
    self.questionTitle = questionTitle
    self.label = label
    self.respondents = respondents
    self.answered = answered
    self.examples = examples
    self.validatedBy = validatedBy
    self.validatedAt = validatedAt
  }
}

/// Where a use of the publication comes from.
public struct PublicationSource: Sendable, Hashable, Codable {
  public enum Kind: String, Sendable, Hashable, Codable {
    case initiative
    case theme = "thème de consultation"
  }
  public var kind: Kind
  /// The initiative's identifier, or « série / vague / question ».
  public var reference: String
  /// One line a reader can follow back to the record.
  public var detail: String
}

/// A pertinent use of AI in one discipline and degree, with every source it rests on.
public struct PertinentUse: Sendable, Hashable, Codable {
  public var title: String
  public var degree: SchoolDegree
  public var discipline: String
  public var summary: String
  public var tools: [String]
  /// Masked excerpts of the initiatives' descriptions.
  public var excerpts: [String]
  /// Mean level per criterion label over the use's initiatives.
  public var meanLevels: [String: Double]
  public var sources: [PublicationSource]
}

/// The annual publication of pertinent uses, by degree and discipline, and the validated themes
/// of the consultations. Stored in the project; exported only once validated (or as a draft).
public struct Publication: Sendable, Hashable, Codable {
  public var year: String
  public var title: String
  public var rule: String
  public var gridNotice: String
  public var uses: [PertinentUse]
  public var themes: [ValidatedTheme]
  public var initiativesConsidered: Int
  public var initiativesValidated: Int

  /// Builds the publication: initiatives assessed at « maîtrise » or above on all six criteria
  /// (not abandoned) are grouped by degree, discipline and kind of use; each use lists its
  /// initiatives as sources. Validated consultation themes follow, each with its wave.
  public static func make(
    year: String, initiatives: [Initiative], themes: [ValidatedTheme], grid: InspectionGrid
  ) -> Publication {
    let validated = initiatives.filter { $0.isValidated(on: grid) }
    struct Key: Hashable, Comparable {
      var degree: SchoolDegree
      var discipline: String
      var use: String
      static func < (a: Key, b: Key) -> Bool {
        (a.degree == .premier ? 0 : 1, a.discipline, a.use) < (
          b.degree == .premier ? 0 : 1, b.discipline, b.use
        )
      }
    }
    var groups: [Key: [Initiative]] = [:]
    for initiative in validated {
      for discipline in initiative.disciplines {
        groups[Key(degree: initiative.degree, discipline: discipline, use: initiative.use), default: []]
          .append(
            initiative)
      }
    }
    let uses = groups.keys.sorted().map { key -> PertinentUse in
      let members = groups[key, default: []].sorted { $0.id < $1.id }
      var tools: [String] = []
      for tool in members.flatMap(\.tools) where !tools.contains(tool) { tools.append(tool) }
      var means: [String: Double] = [:]
      for criterion in grid.criteria {
        let levels = members.compactMap { $0.assessment[criterion.code]?.rawValue }
        if !levels.isEmpty { means[criterion.label] = Double(levels.reduce(0, +)) / Double(levels.count) }
      }
      let expertise = members.filter { initiative in
        grid.criteria.allSatisfy { initiative.assessment[$0.code] == .expertise }
      }.count
      let levels = Set(members.map(\.level.rawValue)).sorted().joined(separator: ", ")
      let academies = Set(members.map(\.academie)).sorted()
      var summary =
        "\(members.count) initiative" + (members.count > 1 ? "s" : "") + " (\(levels)) dans "
        + (academies.count > 1 ? "les académies " : "l'académie ")
        + Self.joinedFR(academies.map(Self.ofAcademie))
        + ", évaluée" + (members.count > 1 ? "s" : "") + " à « maîtrise » ou au-delà sur les six critères"
      if expertise > 0 { summary += ", dont \(expertise) à « expertise » partout" }
      summary += "."
      return PertinentUse(
        title: key.use.prefix(1).uppercased() + key.use.dropFirst(), degree: key.degree,
        discipline: key.discipline,
        summary: summary, tools: tools,
        excerpts: Array(Self.distinct(members.map { Self.firstSentence($0.description) }).prefix(3)),
        meanLevels: means,
        sources: members.map { initiative in
          PublicationSource(
            kind: .initiative, reference: initiative.id,
            detail:
              "\(initiative.school.isEmpty ? "Établissement" : initiative.school) (UAI \(initiative.uai)), \(initiative.level.rawValue), académie \(Self.ofAcademie(initiative.academie)) — "
              + initiative.status.rawValue + " ; grille : "
              + grid.criteria.map {
                "\($0.label.lowercased()) \(initiative.assessment[$0.code]?.rawValue ?? 0)"
              }
              .joined(separator: ", "))
        })
    }
    return Publication(
      year: year, title: "Usages pertinents de l'IA par discipline — \(year)",
      rule:
        "Sont retenues les initiatives du registre évaluées sur les six critères de la grille de l'annexe 4, chacun au niveau « maîtrise » (3) ou « expertise » (4), hors initiatives abandonnées ; elles sont regroupées par degré, discipline et type d'usage. Les thèmes de consultation sont ceux qu'un analyste a validés.",
      gridNotice: grid.notice, uses: uses,
      themes: themes.sorted {
        ($0.series, $0.wave, $0.questionCode, $0.label) < ($1.series, $1.wave, $1.questionCode, $1.label)
      },
      initiativesConsidered: initiatives.count, initiativesValidated: validated.count)
  }

  /// « de Lille », « d'Amiens ».
  static func ofAcademie(_ name: String) -> String {
    let first = FoldedText.fold(String(name.prefix(1)))
    return ["a", "e", "i", "o", "u", "y", "h"].contains(first) ? "d'\(name)" : "de \(name)"
  }

  /// « a », « a et b », « a, b et c ».
  static func joinedFR(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " et " + last
  }

  static func distinct(_ texts: [String]) -> [String] {
    var seen: [String] = []
    for text in texts where !seen.contains(text) { seen.append(text) }
    return seen
  }

  static func firstSentence(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if let end = trimmed.firstIndex(where: { ".!?".contains($0) }) {
      return String(trimmed[...end])
    }
    return trimmed.count > 200 ? String(trimmed.prefix(200)) + "…" : trimmed
  }

  public var disciplines: [(degree: SchoolDegree, discipline: String)] {
    var seen: [(degree: SchoolDegree, discipline: String)] = []
    for use in uses
    where !seen.contains(where: { $0.degree == use.degree && $0.discipline == use.discipline }) {
      seen.append((degree: use.degree, discipline: use.discipline))
    }
    return seen
  }
}

/// The formats a publication is exported in.
public enum PublicationFormat: String, Sendable, Hashable, CaseIterable {
  case html
  case markdown
  case ods
}

/// Writes a publication: HTML (the report's layout and DSFR), Markdown, ODS. A draft carries
/// « BROUILLON — non validé » on every page.
public struct PublicationWriter: Sendable {
  public var publication: Publication
  /// Who validated it and when; nil for a draft.
  public var validation: (by: String, at: String)?

  public init(publication: Publication, validation: (by: String, at: String)?) {
    self.publication = publication
    self.validation = validation
  }

  var statusLine: String {
    if let validation {
      return "Publication validée par \(validation.by) le \(validation.at.prefix(10))."
    }
    return "BROUILLON — non validé : ce document n'a pas été relu et validé ; ne pas diffuser."
  }

  public func markdown() -> String {
    let e = PageKit.escapeMarkdown
    var text = "# \(e(publication.title))\n\n"
    text += "> \(e(statusLine))\n\n"
    text += "\(e(publication.rule))\n\n"
    text +=
      "Initiatives du registre : \(publication.initiativesConsidered) ; retenues : \(publication.initiativesValidated).\n\n"
    for degree in SchoolDegree.allCases {
      let uses = publication.uses.filter { $0.degree == degree }
      guard !uses.isEmpty else { continue }
      text += "## \(degree.rawValue)\n\n"
      for discipline in Self.ordered(uses.map(\.discipline)) {
        text += "### \(e(discipline))\n\n"
        for use in uses where use.discipline == discipline {
          text += "#### \(e(use.title))\n\n\(e(use.summary))\n\n"
          if !use.tools.isEmpty { text += "Outils : \(e(use.tools.joined(separator: ", "))).\n\n" }
          for excerpt in use.excerpts { text += "> « \(e(excerpt)) »\n\n" }
          text += "Sources :\n\n"
          for source in use.sources { text += "- \(e(source.reference)) — \(e(source.detail))\n" }
          text += "\n"
        }
      }
    }
    if !publication.themes.isEmpty {
      text += "## Ce que disent les consultations (thèmes validés)\n\n"
      for theme in publication.themes {
        text +=
          "- **\(e(theme.label))** — \(e(SmallCellPolicy.respondentsFR(theme.respondents))) sur \(theme.answered) réponses à « \(e(theme.questionTitle)) »"
          + " (série \(e(theme.series)), vague \(e(theme.wave)), question \(e(theme.questionCode)) ; validé par \(e(theme.validatedBy)))\n"
        let examples = Publication.distinct(theme.examples).prefix(2)
        text += examples.map { "  > « \(e($0)) »\n" }.joined(separator: "  >\n")
      }
      text += "\n"
    }
    text += "## Grille\n\n\(e(publication.gridNotice))\n"
    return text
  }

  public func html() -> String {
    PageKit.page(
      title: publication.title, subtitle: "Observatoire des usages de l'IA — publication annuelle",
      navigation: [("index.html", "Publication")], current: "index.html", body: body())
  }

  /// The page's content (escaped; the draft banner unless validated), for a page of another
  /// layout (the web app's).
  public func body() -> String {
    let e = PageKit.escapeHTML
    var body = "<h1>\(e(publication.title))</h1>"
    body +=
      validation == nil
      ? "<div class=\"fr-alert fr-alert--warning obs-draft\"><p><strong>\(e(statusLine))</strong></p></div>"
      : "<p class=\"fr-badge fr-badge--success obs-validated\">\(e(statusLine))</p>"
    body += "<p>\(e(publication.rule))</p>"
    body +=
      "<ul class=\"obs-key-figures\"><li><strong>\(publication.initiativesConsidered)</strong> initiatives au registre</li><li><strong data-retenues=\"\(publication.initiativesValidated)\">\(publication.initiativesValidated)</strong> retenues</li><li><strong>\(publication.uses.count)</strong> usages pertinents</li><li><strong>\(publication.themes.count)</strong> thèmes de consultation validés</li></ul>"
    for degree in SchoolDegree.allCases {
      let uses = publication.uses.filter { $0.degree == degree }
      guard !uses.isEmpty else { continue }
      let anchor = degree == .premier ? "premier-degre" : "second-degre"
      body += "<section aria-labelledby=\"\(anchor)\"><h2 id=\"\(anchor)\">\(e(degree.rawValue))</h2>"
      for discipline in Self.ordered(uses.map(\.discipline)) {
        body += "<h3>\(e(discipline))</h3>"
        for use in uses where use.discipline == discipline {
          body += "<article class=\"fr-mb-4w obs-use\"><h4>\(e(use.title))</h4><p>\(e(use.summary))</p>"
          if !use.tools.isEmpty { body += "<p>Outils : \(e(use.tools.joined(separator: ", ")))</p>" }
          for excerpt in use.excerpts { body += "<blockquote><p>« \(e(excerpt)) »</p></blockquote>" }
          body += "<details open><summary>Sources (\(use.sources.count))</summary><ul>"
          for source in use.sources {
            body +=
              "<li data-source=\"\(e(source.reference))\"><strong>\(e(source.reference))</strong> — \(e(source.detail))</li>"
          }
          body += "</ul></details></article>"
        }
      }
      body += "</section>"
    }
    if !publication.themes.isEmpty {
      body +=
        "<section aria-labelledby=\"consultations\"><h2 id=\"consultations\">Ce que disent les consultations (thèmes validés)</h2><ul>"
      for theme in publication.themes {
        body +=
          "<li><strong>\(e(theme.label))</strong> — \(e(SmallCellPolicy.respondentsFR(theme.respondents))) sur \(theme.answered) réponses à « \(e(theme.questionTitle)) » (série \(e(theme.series)), vague \(e(theme.wave)), question \(e(theme.questionCode)) ; validé par \(e(theme.validatedBy)))"
        for example in Publication.distinct(theme.examples).prefix(2) {
          body += "<blockquote><p>« \(e(example)) »</p></blockquote>"
        }
        body += "</li>"
      }
      body += "</ul></section>"
    }
    return body
      + "<section aria-labelledby=\"grille\"><h2 id=\"grille\">La grille</h2><p>\(e(publication.gridNotice))</p></section>"
  }

  public func tables() -> [PageKit.Table] {
    let status = validation == nil ? "brouillon" : "validée"
    let uses = PageKit.Table(
      name: "Usages", header: ["Degré", "Discipline", "Usage", "Synthèse", "Outils", "Sources", "Statut"],
      rows: publication.uses.map { use -> [PageKit.Cell] in
        [
          .text(use.degree.rawValue), .text(use.discipline), .text(use.title), .text(use.summary),
          .text(use.tools.joined(separator: ", ")), .integer(use.sources.count), .text(status),
        ]
      })
    let sources = PageKit.Table(
      name: "Sources", header: ["Degré", "Discipline", "Usage", "Type", "Référence", "Détail"],
      rows: publication.uses.flatMap { use -> [[PageKit.Cell]] in
        use.sources.map { source -> [PageKit.Cell] in
          [
            .text(use.degree.rawValue), .text(use.discipline), .text(use.title), .text(source.kind.rawValue),
            .text(source.reference), .text(source.detail),
          ]
        }
      })
    let themes = PageKit.Table(
      name: "Thèmes validés",
      header: ["Série", "Vague", "Question", "Thème", "Répondants", "Réponses", "Validé par"],
      rows: publication.themes.map { theme -> [PageKit.Cell] in
        [
          .text(theme.series), .text(theme.wave), .text(theme.questionTitle), .text(theme.label),
          theme.respondents.map { PageKit.Cell.integer($0) } ?? PageKit.Cell.text("effectif masqué"),
          .integer(theme.answered),
          .text(theme.validatedBy),
        ]
      })
    return [uses, sources, themes]
  }

  /// Writes the formats into `folder` (created; files of the same names replaced) and returns
  /// the files written.
  @discardableResult
  public func write(formats: Set<PublicationFormat>, to folder: URL, assets: DSFRAssets = .locate()) throws
    -> [String]
  {
    let manager = FileManager.default
    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    var written: [String] = []
    if formats.contains(.html) {
      try PageKit.installStyles(into: folder.appendingPathComponent("assets"), assets: assets)
      try Data(html().utf8).write(to: folder.appendingPathComponent("index.html"))
      written.append("index.html")
    }
    if formats.contains(.markdown) {
      try Data(markdown().utf8).write(to: folder.appendingPathComponent("publication.md"))
      written.append("publication.md")
    }
    if formats.contains(.ods) {
      try PageKit.writeODS(tables(), to: folder.appendingPathComponent("publication.ods"))
      written.append("publication.ods")
    }
    return written
  }

  static func ordered(_ names: [String]) -> [String] {
    var seen: [String] = []
    for name in names where !seen.contains(name) { seen.append(name) }
    return seen
  }
}
