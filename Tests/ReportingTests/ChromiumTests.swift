import Foundation
import ObservatoireCore
import ReportFixtures
import TestSupport
import Testing

@testable import Reporting

/// Opens the report in real headless Chromium (Debian's `chromium`), as a reader would.
@Suite struct ChromiumTests {
  static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  @Test(
    .enabled(if: chromium != nil, "Chromium absent : installez le paquet chromium (scripts/setup --tests)"))
  func pageRendersOfflineWithoutRunningRespondentScript() async throws {
    let browser = try #require(Self.chromium)
    let report = try ReportFixture.make()
    let work = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let folder = work.appendingPathComponent("rapport")
    let output = try ReportWriter(report: report, assets: dsfrAssets).write(formats: [.html], to: folder)
    // The theme page holding the hostile answers.
    let hostile = try #require(
      try output.files.filter { $0.hasSuffix(".html") }.first {
        try readText(folder.appendingPathComponent($0)).contains("&lt;script&gt;document.title")
      })
    let url = folder.appendingPathComponent(hostile).absoluteString
    let common = Self.arguments(profile: work)

    let netLog = work.appendingPathComponent("netlog.json")
    let screenshot = work.appendingPathComponent("capture.png")
    let shot = try await runTool(
      browser,
      common + [
        "--log-net-log=\(netLog.path)", "--screenshot=\(screenshot.path)", "--window-size=1280,2000", url,
      ],
      timeout: 120)
    #expect(shot.status == 0, "\(shot.output.suffix(2000))")
    let png = try Data(contentsOf: screenshot)
    #expect(png.count > 10_000)
    #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])

    // No request went to the network on behalf of the page. File loads are not in the net log;
    // page-initiated network requests are, with an initiator (browser housekeeping has none).
    #expect(try pageNetworkRequests(netLog: netLog).isEmpty)

    let dom = try await runTool(browser, common + ["--dump-dom", url], timeout: 120)
    #expect(dom.status == 0)
    #expect(dom.output.contains("<main id=\"contenu\""))
    #expect(!dom.output.contains("PWNED</title>"))
    #expect(!dom.output.contains("data-pwned=\"1\""))
    #expect(dom.output.contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt;"))
    // The layout as the browser built it: the bloc-marque, and the targets of the skip links.
    #expect(dom.output.contains("<p class=\"fr-logo\">République<br>française</p>"))
    for target in ["contenu", "navigation", "pied-de-page"] {
      #expect(dom.output.contains("id=\"\(target)\""), "skip link target \(target)")
    }
  }

  /// The audit itself catches a page that loads an outside resource.
  @Test(
    .enabled(if: chromium != nil, "Chromium absent : installez le paquet chromium (scripts/setup --tests)"))
  func requestAuditCatchesAnOutsideResource() async throws {
    let browser = try #require(Self.chromium)
    let work = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let page = work.appendingPathComponent("canari.html")
    try Data(
      "<!DOCTYPE html><html lang=\"fr\"><title>canari</title><img alt=\"\" src=\"http://exemple.invalid/x.png\">"
        .utf8
    )
    .write(to: page)
    let netLog = work.appendingPathComponent("netlog.json")
    _ = try await runTool(
      browser,
      Self.arguments(profile: work) + ["--log-net-log=\(netLog.path)", "--dump-dom", page.absoluteString],
      timeout: 120)
    #expect(try pageNetworkRequests(netLog: netLog) == ["http://exemple.invalid/x.png"])
  }

  static func arguments(profile: URL) -> [String] {
    [
      "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=\(profile.path)/profile",
    ]
  }

  /// URLs of network requests a document started, from a Chromium JSON net log.
  func pageNetworkRequests(netLog: URL) throws -> [String] {
    let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: netLog)) as? [String: Any])
    let constants = try #require(log["constants"] as? [String: Any])
    let eventTypes = try #require(constants["logEventTypes"] as? [String: Int])
    let startJob = try #require(eventTypes["URL_REQUEST_START_JOB"])
    let events = try #require(log["events"] as? [[String: Any]])
    return events.compactMap { event in
      guard event["type"] as? Int == startJob, let params = event["params"] as? [String: Any],
        let url = params["url"] as? String, let initiator = params["initiator"] as? String,
        initiator != "not an origin"
      else { return nil }
      return url
    }
  }
}
