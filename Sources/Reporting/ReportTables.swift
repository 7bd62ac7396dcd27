import Foundation
import ObservatoireCore

/// A table exported to ODS and CSV.
struct ReportTable: Sendable {
  enum Cell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    case decimal(Double)
    case empty
  }
  /// Sheet name (≤ 31 characters, no `[]*?:/\`).
  var name: String
  var fileName: String
  var header: [String]
  var rows: [[Cell]]
}

/// Spreadsheet programs run cells starting with these as formulas: prefix them with `'`.
func neutralisedCell(_ text: String) -> String {
  guard let first = text.unicodeScalars.first else { return text }
  switch first {
  case "=", "+", "-", "@", "\t", "\r": return "'" + text
  default: return text
  }
}

/// The tables of a report: closed questions, their breakdowns, themes, arguments, assignments.
struct ReportTables {
  let report: ConsultationReport
  let labels: Labels

  func all() -> [ReportTable] {
    var tables: [ReportTable] = []
    for statistics in report.statistics {
      let code = statistics.questionID.rawValue
      let isRanking = statistics.kind == .ranking
      let rows: [[ReportTable.Cell]] = statistics.options.map { option in
        var cells = [.text(option.option)] + proportionCells(option.proportion)
        if isRanking {
          cells += proportionCells(
            option.topTwo ?? Proportion(count: nil, denominator: nil, share: nil, lower: nil, upper: nil))
        }
        return cells
      }
      let columns = [labels.count, labels.base, labels.share, "IC95 min", "IC95 max"]
      let header =
        isRanking
        ? [labels.option] + columns.map { "\($0) (\(labels.firstPlace))" }
          + columns.map { "\($0) (\(labels.topTwo))" }
        : [labels.option] + columns
      tables.append(
        ReportTable(
          name: sheetName(code), fileName: "question-\(fileSafe(code))", header: header, rows: rows))
      for breakdown in statistics.breakdowns {
        let rows: [[ReportTable.Cell]] = statistics.options.enumerated().map { row, option in
          [.text(option.option)]
            + (row < breakdown.cells.count ? breakdown.cells[row] : []).map { cell in
              cell.count.map { .integer($0) } ?? .text(labels.suppressed)
            }
        }
        let segment = breakdown.segment.rawValue
        tables.append(
          ReportTable(
            name: sheetName("\(code) x \(segment)"),
            fileName: "question-\(fileSafe(code))-par-\(fileSafe(segment))",
            header: [labels.option] + breakdown.segmentValues, rows: rows))
      }
    }
    var themeRows: [[ReportTable.Cell]] = []
    var argumentRows: [[ReportTable.Cell]] = []
    var assignmentRows: [[ReportTable.Cell]] = []
    for analysis in report.analyses {
      for theme in analysis.themes {
        let counts = report.counts(of: theme.id, in: analysis.questionID)
        themeRows.append(
          [
            .text(analysis.questionID.rawValue), .text(theme.id), .text(theme.parentID ?? ""),
            .text(theme.label), count(counts.respondents), count(counts.arguments),
          ] + Stance.allCases.map { count(counts.stance[$0]) })
      }
      for argument in analysis.arguments {
        argumentRows.append([
          .text(argument.id), .text(argument.responseID.rawValue), .text(analysis.questionID.rawValue),
          .text(labels.stanceName(argument.stance)), .text(argument.text), .text(argument.quoteText),
        ])
      }
      let assignments = analysis.assignments
      for response in analysis.answers.keys.sorted() {
        assignmentRows.append([
          .text(response.rawValue), .text(analysis.questionID.rawValue),
          .text((assignments[response] ?? []).joined(separator: ", ")),
        ])
      }
    }
    tables.append(
      ReportTable(
        name: labels.themes, fileName: "themes",
        header: [labels.question, "id", "parent", labels.theme, labels.respondentsTitle, labels.arguments]
          + Stance.allCases.map { labels.stanceName($0) }, rows: themeRows))
    tables.append(
      ReportTable(
        name: labels.arguments, fileName: "arguments",
        header: ["id", labels.response, labels.question, labels.stance, labels.argument, labels.quote],
        rows: argumentRows))
    tables.append(
      ReportTable(
        name: "Affectations", fileName: "affectations",
        header: [labels.response, labels.question, labels.themes], rows: assignmentRows))
    return uniqueNames(tables)
  }

  /// Count, base, share and its 95 % interval of a published proportion.
  private func proportionCells(_ p: Proportion) -> [ReportTable.Cell] {
    [
      p.count.map { .integer($0) } ?? .text(labels.suppressed),
      p.denominator.map { .integer($0) } ?? .text(labels.suppressed),
      p.share.map { .decimal($0) } ?? .empty, p.lower.map { .decimal($0) } ?? .empty,
      p.upper.map { .decimal($0) } ?? .empty,
    ]
  }

  /// A question code as part of a file name: letters, digits, « - » and « _ » kept, the rest « _ ».
  private func fileSafe(_ code: String) -> String {
    String(code.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
  }

  /// A published count, or the mark of a masked one.
  private func count(_ value: Int?) -> ReportTable.Cell {
    value.map { .integer($0) } ?? .text(labels.suppressed)
  }

  private func sheetName(_ raw: String) -> String {
    let cleaned = raw.map { "[]*?:/\\'".contains($0) ? "_" : $0 }
    return String(String(cleaned).prefix(31))
  }

  private func uniqueNames(_ tables: [ReportTable]) -> [ReportTable] {
    var seen: Set<String> = []
    return tables.enumerated().map { index, table in
      var table = table
      if seen.contains(table.name) { table.name = String(table.name.prefix(26)) + " (\(index + 1))" }
      seen.insert(table.name)
      return table
    }
  }
}

/// CSV in UTF-8 with a BOM (so Excel reads accents). French: `;` separator and decimal comma,
/// as French Excel expects; English: `,` and decimal point.
struct CSVWriter {
  let language: ReportLanguage

  func render(_ table: ReportTable) -> Data {
    let separator = language == .fr ? ";" : ","
    var text = "\u{FEFF}"
    text +=
      table.header.map { quoted(neutralisedCell($0), separator: separator) }.joined(separator: separator)
      + "\r\n"
    for row in table.rows {
      text +=
        row.map { cell in
          switch cell {
          case .text(let value): quoted(neutralisedCell(value), separator: separator)
          case .integer(let value): String(value)
          case .decimal(let value):
            language == .fr
              ? String(format: "%.4f", value).replacingOccurrences(of: ".", with: ",")
              : String(format: "%.4f", value)
          case .empty: ""
          }
        }.joined(separator: separator) + "\r\n"
    }
    return Data(text.utf8)
  }

  private func quoted(_ value: String, separator: String) -> String {
    guard value.contains(separator) || value.contains("\"") || value.contains("\n") || value.contains("\r")
    else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
