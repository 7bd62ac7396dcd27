import Foundation

/// Charts drawn as inline SVG: `role="img"`, a title and a description, values written as text
/// and categories told apart by pattern as well as colour.
enum SVGChart {
  struct Bar {
    var label: String
    /// 0…1, nil when suppressed.
    var share: Double?
    var valueText: String
  }

  struct StackedRow {
    var label: String
    /// One count per category, nil when suppressed.
    var counts: [Int?]
    /// What the counts add up to, when it is known and they do: shares are taken of it, so that a
    /// masked count leaves its room empty. nil: the sum of the counts shown.
    var total: Int? = nil
  }

  static let palette = ["#000091", "#ce614a", "#6a6af4", "#3a3a3a", "#18753c", "#a558a0"]

  static func bars(id: String, title: String, description: String, bars: [Bar]) -> String {
    let rowHeight = 28
    let labelWidth = 260
    let barWidth = 360
    let height = rowHeight * bars.count + 10
    var svg = svgOpen(
      id: id, width: labelWidth + barWidth + 110, height: height, title: title, description: description)
    for (index, bar) in bars.enumerated() {
      let y = 5 + index * rowHeight
      svg +=
        "<text x=\"\(labelWidth - 8)\" y=\"\(y + 18)\" text-anchor=\"end\">\(escapeXML(truncated(bar.label, 38)))</text>"
      let width = Int(((bar.share ?? 0) * Double(barWidth)).rounded())
      if bar.share != nil {
        svg +=
          "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(max(width, 1))\" height=\"\(rowHeight - 8)\" fill=\"#000091\"/>"
      }
      svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 18)\">\(escapeXML(bar.valueText))</text>"
    }
    svg += "</svg>"
    return svg
  }

  static func stacked(
    id: String, title: String, description: String, categories: [String], rows: [StackedRow],
    percent: (Double) -> String
  ) -> String {
    let rowHeight = 34
    let labelWidth = 220
    let barWidth = 440
    let legendHeight = 30
    let height = legendHeight + rowHeight * rows.count + 10
    var svg = svgOpen(
      id: id, width: labelWidth + barWidth + 20, height: height, title: title, description: description)
    svg += "<defs>"
    for index in categories.indices {
      svg += pattern(id: "\(id)-p\(index)", index: index)
    }
    svg += "</defs>"
    var x = 0
    for (index, category) in categories.enumerated() {
      svg +=
        "<rect x=\"\(x)\" y=\"6\" width=\"16\" height=\"16\" fill=\"url(#\(id)-p\(index))\" stroke=\"#161616\"/>"
      svg += "<text x=\"\(x + 22)\" y=\"19\">\(escapeXML(category))</text>"
      x += 30 + category.count * 8
    }
    for (rowIndex, row) in rows.enumerated() {
      let y = legendHeight + rowIndex * rowHeight
      svg +=
        "<text x=\"\(labelWidth - 8)\" y=\"\(y + 21)\" text-anchor=\"end\">\(escapeXML(truncated(row.label, 30)))</text>"
      let total = row.total ?? row.counts.reduce(0) { $0 + ($1 ?? 0) }
      guard total > 0 else { continue }
      var offset = 0.0
      for (index, count) in row.counts.enumerated() {
        guard let count, count > 0 else { continue }
        let share = Double(count) / Double(total)
        let start = labelWidth + Int((offset * Double(barWidth)).rounded())
        let width = Int((share * Double(barWidth)).rounded())
        offset += share
        svg +=
          "<rect x=\"\(start)\" y=\"\(y + 4)\" width=\"\(max(width, 1))\" height=\"\(rowHeight - 8)\" fill=\"url(#\(id)-p\(index))\" stroke=\"#fff\"/>"
        if width >= 48 {
          svg +=
            "<text x=\"\(start + 4)\" y=\"\(y + 21)\" fill=\"#161616\"><tspan class=\"obs-bg\">\(escapeXML(percent(share)))</tspan></text>"
        }
      }
    }
    svg += "</svg>"
    return svg
  }

  private static func svgOpen(id: String, width: Int, height: Int, title: String, description: String)
    -> String
  {
    "<svg class=\"obs-chart\" id=\"\(id)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\"><title id=\"\(id)-title\">\(escapeXML(title))</title><desc id=\"\(id)-desc\">\(escapeXML(description))</desc>"
  }

  /// Light fills with a distinct pattern each, so labels in black stay readable (contrast) and
  /// categories differ without colour.
  private static func pattern(id: String, index: Int) -> String {
    let light = ["#cacafb", "#fcc0b0", "#e3e3fd", "#e5e5e5", "#b8fec9", "#fee7fc"]
    let dark = palette[index % palette.count]
    let background = light[index % light.count]
    let strokes: String
    switch index % 4 {
    case 0: strokes = ""
    case 1: strokes = "<path d=\"M0,8 L8,0\" stroke=\"\(dark)\" stroke-width=\"2\"/>"
    case 2: strokes = "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"\(dark)\"/>"
    default: strokes = "<path d=\"M0,4 H8 M4,0 V8\" stroke=\"\(dark)\" stroke-width=\"1.5\"/>"
    }
    return
      "<pattern id=\"\(id)\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"\(background)\"/>\(strokes)</pattern>"
  }

  private static func truncated(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
