import Foundation
import ObservatoireCore
import ReportFixtures
import TestSupport
import Testing

@testable import Reporting

/// The pages rendered from templates: one layout, links through one resolver, escaping everywhere.
@Suite struct TemplateTests {
  /// Every href and src of every written page leads to a file of the report, and every fragment
  /// to an element of that page; nothing points outside the folder.
  @Test(arguments: [ReportLanguage.fr, .en])
  func everyLinkOfTheReportResolvesToAWrittenFile(language: ReportLanguage) throws {
    let report = try ReportFixture.make(answerCount: 300, themeCount: 6)
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try ReportWriter(report: report, language: language, assets: dsfrAssets).write(
      formats: [.html], to: folder)
    let written = Set(output.files)
    let pages = output.files.filter { $0.hasSuffix(".html") }
    #expect(pages.count == report.analyses[0].themes.count + 2)
    var contents: [String: String] = [:]
    for page in pages { contents[page] = try readText(folder.appendingPathComponent(page)) }
    var checked = 0
    for (page, html) in contents {
      for link in try matches(of: #"(?:href|src)="([^"]*)""#, in: html) {
        #expect(!link.contains(":") && !link.hasPrefix("/"), "\(link) in \(page) leaves the report")
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(
          String.init)
        let file = parts[0].isEmpty ? page : parts[0]
        #expect(written.contains(file), "\(link) in \(page): \(file) was not written")
        #expect(
          FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path),
          "\(link) in \(page) leads nowhere")
        if parts.count == 2, let target = contents[file] {
          #expect(target.contains("id=\"\(parts[1])\""), "\(link) in \(page): no such anchor")
        }
        checked += 1
      }
    }
    // Skip links, navigation, stylesheets, theme tables, citations.
    #expect(checked > pages.count * 8)
  }

  /// Another resolver (the web application's routes) changes every link of every page: the
  /// templates name no file themselves.
  @Test func everyLinkGoesThroughTheResolver() throws {
    struct WebLinks: ReportLinks {
      func href(_ destination: ReportDestination) -> String? {
        switch destination {
        case .overview: "/projets/demo"
        case .method: "/projets/demo/methode"
        case .theme(let question, let theme): "/projets/demo/questions/\(question.rawValue)/themes/\(theme)"
        case .asset(let path): "/static/\(path)"
        }
      }
    }
    let report = try ReportFixture.make(answerCount: 120, themeCount: 4)
    let pages = try HTMLReport(report: report, links: WebLinks()).pages()
    #expect(pages.count == report.analyses[0].themes.count + 2)
    for (destination, html) in pages {
      let links = try matches(of: #"href="([^"]*)""#, in: html)
      #expect(links.count > 5)
      for link in links {
        #expect(
          link.hasPrefix("#") || link.hasPrefix("/projets/demo") || link.hasPrefix("/static/"),
          "\(link) on \(destination)")
      }
    }
    let method = try #require(try HTMLReport(report: report, links: WebLinks()).page(.method))
    #expect(method.contains("<a class=\"fr-link\" href=\"/projets/demo/methode\" aria-current=\"page\">"))
  }

  /// A `<script>` in a theme label, a statement or a verbatim is shown as text on every page that
  /// shows it, charts included; a quote followed by a combining mark is still escaped (the
  /// library's own escaping works on whole characters and would let it through), and control
  /// characters are dropped.
  @Test func hostileLabelsAndVerbatimsAreEscaped() throws {
    var report = try ReportFixture.make(answerCount: 60, themeCount: 3)
    let hostile = "<script>alert('thème')</script>"
    report.analyses[0].themes[0].label = hostile + " \"\u{301}onmouseover=\"x\u{1}"
    report.analyses[0].themes[0].statement = hostile
    report.analyses[0].arguments[0].text = hostile
    report.analyses[0].answers[report.analyses[0].arguments[0].responseID] = hostile + " fin."
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = try ReportWriter(report: report, assets: dsfrAssets).write(formats: [.html], to: folder)
    let escaped = "&lt;script&gt;alert(&#39;thème&#39;)&lt;/script&gt;"
    // Kept out of #expect, whose expansion mangles a literal holding a quote and a combining mark.
    let rawQuote = "\"\u{301}onmouseover"
    let escapedLabel = escaped + " &quot;\u{301}onmouseover=&quot;x"
    var pagesShowingIt = 0
    for page in output.files where page.hasSuffix(".html") {
      let html = try readText(folder.appendingPathComponent(page))
      #expect(!html.contains("<script"), "\(page)")
      #expect(!html.contains(rawQuote), "\(page)")
      #expect(!html.contains("\u{1}"), "\(page)")
      if html.contains(escaped) { pagesShowingIt += 1 }
    }
    let index = try readText(folder.appendingPathComponent("index.html"))
    #expect(index.contains("\(escapedLabel)</a></th>"))
    let themePage = try readText(folder.appendingPathComponent("theme-1-1.html"))
    #expect(themePage.contains("<h1>\(escapedLabel)</h1>"))
    #expect(themePage.contains("<strong>Énoncé :</strong> \(escaped)</p>"))
    #expect(themePage.contains("<mark class=\"obs-quote\">"))
    #expect(themePage.contains("\(escaped) fin."))
    // The summary, the theme's page and its sub-theme's page (which names its parent).
    #expect(pagesShowingIt >= 3)
  }

  /// One layout: the State's header with its bloc-marque, skip links, navigation, footer.
  @Test func everyPageHasTheDSFRFrame() throws {
    let report = try ReportFixture.make(answerCount: 40, themeCount: 2)
    for (destination, html) in try HTMLReport(report: report, links: OfflineReportLinks(report: report))
      .pages()
    {
      #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\""), "\(destination)")
      #expect(html.contains("<div class=\"fr-skiplinks\">"))
      #expect(html.contains("<a class=\"fr-link\" href=\"#contenu\">Aller au contenu</a>"))
      #expect(html.contains("<div class=\"fr-header__brand fr-enlarge-link\">"))
      #expect(html.components(separatedBy: "<p class=\"fr-logo\">République<br>française</p>").count == 3)
      #expect(html.contains("<p class=\"fr-header__service-title\">Observatoire</p>"))
      #expect(html.contains("<main id=\"contenu\""))
      #expect(html.contains("<footer role=\"contentinfo\" class=\"fr-footer\" id=\"pied-de-page\">"))
      #expect(html.contains("<nav id=\"navigation\""))
      #expect(html.components(separatedBy: "aria-current=\"page\"").count == (destination.isTheme ? 1 : 2))
      #expect(html.components(separatedBy: "<h1>").count == 2, "one h1 on \(destination)")
    }
  }
}

extension ReportDestination {
  fileprivate var isTheme: Bool {
    if case .theme = self { return true }
    return false
  }
}
