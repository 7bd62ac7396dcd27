import Foundation
import Reporting

/// How the register is cut for its views.
public enum RegisterDimension: String, Sendable, Hashable, CaseIterable {
  case discipline
  case niveau
  case academie
  case degre

  public var labelFR: String {
    switch self {
    case .discipline: "Discipline"
    case .niveau: "Niveau"
    case .academie: "Académie"
    case .degre: "Degré"
    }
  }

  func groups(of initiative: Initiative) -> [String] {
    switch self {
    case .discipline: initiative.disciplines
    case .niveau: [initiative.level.rawValue]
    case .academie: [initiative.academie]
    case .degre: [initiative.degree.rawValue]
    }
  }
}

/// One line of a view of the register: a discipline, level or académie, its initiatives, how many
/// are assessed and validated, and the mean level per criterion of those assessed on it.
public struct RegisterGroupRow: Sendable, Hashable {
  public var group: String
  public var initiatives: Int
  public var fullyAssessed: Int
  public var validated: Int
  /// Mean level (1 to 4) per criterion code, over the initiatives assessed on it.
  public var meanLevels: [String: Double]
}

/// Views of the register. Initiatives are projects, not respondents: their counts are published
/// as they are (the contacts, the only personal data, are masked at import).
public enum RegisterViews {
  /// Rows by `dimension`, largest group first; an initiative with several disciplines counts in
  /// each.
  public static func rows(_ initiatives: [Initiative], by dimension: RegisterDimension, grid: InspectionGrid)
    -> [RegisterGroupRow]
  {
    var members: [String: [Initiative]] = [:]
    for initiative in initiatives {
      for group in dimension.groups(of: initiative) { members[group, default: []].append(initiative) }
    }
    return members.map { group, list in
      var means: [String: Double] = [:]
      for criterion in grid.criteria {
        let levels = list.compactMap { $0.assessment[criterion.code]?.rawValue }
        if !levels.isEmpty { means[criterion.code] = Double(levels.reduce(0, +)) / Double(levels.count) }
      }
      return RegisterGroupRow(
        group: group, initiatives: list.count,
        fullyAssessed: list.filter { $0.isFullyAssessed(on: grid) }.count,
        validated: list.filter { $0.isValidated(on: grid) }.count, meanLevels: means)
    }.sorted { ($0.initiatives, $1.group) > ($1.initiatives, $0.group) }
  }

  /// The view as a text table for the terminal.
  public static func text(_ rows: [RegisterGroupRow], dimension: RegisterDimension, grid: InspectionGrid)
    -> String
  {
    let header = [dimension.labelFR, "initiatives", "évaluées", "≥ maîtrise"] + grid.criteria.map(\.code)
    let body = rows.map { row in
      [row.group, "\(row.initiatives)", "\(row.fullyAssessed)", "\(row.validated)"]
        + grid.criteria.map { row.meanLevels[$0.code].map { String(format: "%.1f", $0) } ?? "–" }
    }
    return TextTable.render(header: header, rows: body)
  }
}

/// The heat map of the register: for each criterion, how many assessed initiatives sit at each
/// level.
public struct HeatMap: Sendable, Hashable {
  public var criteria: [GridCriterion]
  /// counts[criterion][level − 1]
  public var counts: [[Int]]

  public init(_ initiatives: [Initiative], grid: InspectionGrid) {
    criteria = grid.criteria
    counts = grid.criteria.map { criterion in
      GridLevel.allCases.map { level in initiatives.filter { $0.assessment[criterion.code] == level }.count }
    }
  }

  public func assessed(_ row: Int) -> Int { counts[row].reduce(0, +) }

  public func share(_ row: Int, _ column: Int) -> Double {
    let total = assessed(row)
    return total == 0 ? 0 : Double(counts[row][column]) / Double(total)
  }

  /// The heat map as an SVG figure (colours as presentation attributes, allowed by the report's
  /// Content-Security-Policy), with its title and description for screen readers; the same
  /// figures are in `htmlTable()`.
  public func svg(id: String = "carte-chaleur") -> String {
    let labelWidth = 300
    let cellWidth = 130
    let cellHeight = 44
    let top = 34
    let width = labelWidth + cellWidth * GridLevel.allCases.count + 10
    let height = top + cellHeight * criteria.count + 10
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"obs-heatmap\" font-family=\"Marianne, arial, sans-serif\" font-size=\"13\" role=\"img\" aria-labelledby=\"\(id)-titre \(id)-desc\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">"
    svg += "<title id=\"\(id)-titre\">Carte de chaleur des niveaux de la grille par critère</title>"
    svg +=
      "<desc id=\"\(id)-desc\">Pour chaque critère, part des initiatives évaluées à chaque niveau ; le tableau qui suit donne les mêmes chiffres.</desc>"
    for (column, level) in GridLevel.allCases.enumerated() {
      let x = labelWidth + column * cellWidth + cellWidth / 2
      svg +=
        "<text x=\"\(x)\" y=\"22\" text-anchor=\"middle\">\(level.rawValue) · \(PageKit.escapeHTML(level.labelFR))</text>"
    }
    for (row, criterion) in criteria.enumerated() {
      let y = top + row * cellHeight
      svg +=
        "<text x=\"\(labelWidth - 8)\" y=\"\(y + cellHeight / 2 + 5)\" text-anchor=\"end\">\(PageKit.escapeHTML(criterion.label))</text>"
      for column in GridLevel.allCases.indices {
        let value = share(row, column)
        let x = labelWidth + column * cellWidth
        svg +=
          "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cellWidth - 2)\" height=\"\(cellHeight - 2)\" fill=\"\(Self.colour(value))\" data-count=\"\(counts[row][column])\"/>"
        let ink = value > 0.45 ? "#ffffff" : "#161616"
        svg +=
          "<text x=\"\(x + cellWidth / 2)\" y=\"\(y + cellHeight / 2 + 5)\" text-anchor=\"middle\" fill=\"\(ink)\">\(counts[row][column]) · \(Self.percent(value))</text>"
      }
    }
    return svg + "</svg>"
  }

  /// From the DSFR's lightest blue (none) to « bleu France » (all).
  static func colour(_ share: Double) -> String {
    let from = (245.0, 245.0, 254.0)
    let to = (0.0, 0.0, 145.0)
    let t = min(1, max(0, share))
    func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * t).rounded()) }
    return String(format: "#%02x%02x%02x", mix(from.0, to.0), mix(from.1, to.1), mix(from.2, to.2))
  }

  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }

  public func htmlTable() -> String {
    var html =
      "<div class=\"fr-table\"><table><caption>Initiatives par niveau de la grille, critère par critère</caption><thead><tr><th scope=\"col\">Critère</th>"
    html += GridLevel.allCases.map {
      "<th scope=\"col\">\($0.rawValue) · \(PageKit.escapeHTML($0.labelFR))</th>"
    }.joined()
    html += "<th scope=\"col\">Évaluées</th></tr></thead><tbody>"
    for (row, criterion) in criteria.enumerated() {
      html += "<tr><th scope=\"row\">\(PageKit.escapeHTML(criterion.label))</th>"
      for column in GridLevel.allCases.indices {
        html += "<td>\(counts[row][column]) (\(Self.percent(share(row, column))))</td>"
      }
      html += "<td>\(assessed(row))</td></tr>"
    }
    return html + "</tbody></table></div>"
  }

  public func text() -> String {
    TextTable.render(
      header: ["critère"] + GridLevel.allCases.map(\.labelFR) + ["évaluées"],
      rows: criteria.indices.map { row in
        [criteria[row].label]
          + GridLevel.allCases.indices.map { "\(counts[row][$0]) (\(Self.percent(share(row, $0))))" }
          + ["\(assessed(row))"]
      })
  }
}

/// The register's HTML page: heat map, views, and the grid's descriptors as reference text.
public enum RegisterPage {
  public static func html(
    _ initiatives: [Initiative], grid: InspectionGrid, title: String = "Registre des initiatives"
  )
    -> String
  {
    PageKit.page(
      title: title, subtitle: "Observatoire des usages de l'IA", navigation: [("registre.html", "Registre")],
      current: "registre.html", body: body(initiatives, grid: grid, title: title))
  }

  /// The page's content (escaped), for a page of another layout (the web app's); `title` is its
  /// heading, none when nil.
  public static func body(_ initiatives: [Initiative], grid: InspectionGrid, title: String?) -> String {
    let heatMap = HeatMap(initiatives, grid: grid)
    var body = title.map { "<h1>\(PageKit.escapeHTML($0))</h1>" } ?? ""
    let validated = initiatives.filter { $0.isValidated(on: grid) }.count
    body +=
      "<ul class=\"obs-key-figures\"><li><strong data-initiatives=\"\(initiatives.count)\">\(initiatives.count)</strong> initiatives</li>"
      + "<li><strong>\(initiatives.filter { $0.isFullyAssessed(on: grid) }.count)</strong> évaluées sur les six critères</li>"
      + "<li><strong data-validees=\"\(validated)\">\(validated)</strong> à « maîtrise » ou au-delà sur chaque critère</li></ul>"
    body += "<section aria-labelledby=\"carte\"><h2 id=\"carte\">Carte de chaleur de la grille</h2>"
    body += heatMap.svg() + heatMap.htmlTable() + "</section>"
    for dimension in [RegisterDimension.discipline, .niveau, .academie] {
      let rows = RegisterViews.rows(initiatives, by: dimension, grid: grid)
      body +=
        "<section aria-labelledby=\"par-\(dimension.rawValue)\"><h2 id=\"par-\(dimension.rawValue)\">Par \(dimension.labelFR.lowercased())</h2>"
      body +=
        "<div class=\"fr-table\"><table><caption>Initiatives par \(dimension.labelFR.lowercased()) ; niveau moyen par critère (1 à 4)</caption><thead><tr><th scope=\"col\">\(dimension.labelFR)</th><th scope=\"col\">Initiatives</th><th scope=\"col\">Évaluées</th><th scope=\"col\">≥ maîtrise</th>"
      body +=
        grid.criteria.map { "<th scope=\"col\">\(PageKit.escapeHTML($0.label))</th>" }.joined()
        + "</tr></thead><tbody>"
      for row in rows {
        body +=
          "<tr><th scope=\"row\">\(PageKit.escapeHTML(row.group))</th><td>\(row.initiatives)</td><td>\(row.fullyAssessed)</td><td>\(row.validated)</td>"
        body += grid.criteria.map {
          "<td>\(row.meanLevels[$0.code].map { String(format: "%.1f", $0) } ?? "–")</td>"
        }.joined()
        body += "</tr>"
      }
      body += "</tbody></table></div></section>"
    }
    return body + GridReference.html(grid)
  }
}

/// The grid's descriptors as reference text, with its source and notice.
public enum GridReference {
  public static func html(_ grid: InspectionGrid) -> String {
    var body = "<section aria-labelledby=\"grille\"><h2 id=\"grille\">\(PageKit.escapeHTML(grid.title))</h2>"
    body += "<p>\(PageKit.escapeHTML(grid.source))</p>"
    body +=
      "<div class=\"fr-callout\"><p class=\"fr-callout__text\">\(PageKit.escapeHTML(grid.notice))</p></div>"
    body +=
      "<div class=\"fr-table\"><table><caption>Descripteurs des niveaux</caption><thead><tr><th scope=\"col\">Critère</th>"
    body += GridLevel.allCases.map {
      "<th scope=\"col\">\($0.rawValue) · \(PageKit.escapeHTML($0.labelFR))</th>"
    }.joined()
    body += "</tr></thead><tbody>"
    for criterion in grid.criteria {
      body += "<tr><th scope=\"row\">\(PageKit.escapeHTML(criterion.label))</th>"
      body += GridLevel.allCases.map { "<td>\(PageKit.escapeHTML(criterion.descriptors[$0] ?? ""))</td>" }
        .joined()
      body += "</tr>"
    }
    return body + "</tbody></table></div></section>"
  }

  public static func text(_ grid: InspectionGrid) -> String {
    var text = "\(grid.title)\n\(grid.source)\n\n\(grid.notice)\n"
    for criterion in grid.criteria {
      text += "\n\(criterion.label) (\(criterion.code))\n"
      for level in GridLevel.allCases {
        text += "  \(level.rawValue) \(level.labelFR) : \(criterion.descriptors[level] ?? "")\n"
      }
    }
    return text
  }
}

/// A plain text table for the terminal: columns padded to their widest cell.
public enum TextTable {
  public static func render(header: [String], rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in
      all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { index, cell in
        cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
      }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
    return
      ([line(header), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
      + rows.map(line)).joined(separator: "\n")
  }
}
