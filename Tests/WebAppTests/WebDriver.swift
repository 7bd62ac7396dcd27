import AsyncHTTPClient
import Foundation
import Testing

/// A real browser for the tests: Debian's `chromedriver` driving headless Chromium through the
/// W3C WebDriver protocol (plain HTTP and JSON, sent with AsyncHTTPClient).
final class WebDriver: @unchecked Sendable {
  static let driverPath = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  static let browserPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  static var available: Bool { driverPath != nil && browserPath != nil }

  /// An element of the current page, as the driver names it.
  struct Element: Sendable {
    var id: String
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private let driver: Process
  private let base: String
  private var session = ""

  /// Starts chromedriver on a free port and opens a headless Chromium session.
  init() async throws {
    let driverPath = try #require(Self.driverPath)
    let browserPath = try #require(Self.browserPath)
    let port = Int.random(in: 20_000..<40_000)
    driver = Process()
    driver.executableURL = URL(fileURLWithPath: driverPath)
    driver.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
    driver.standardOutput = FileHandle.nullDevice
    driver.standardError = FileHandle.nullDevice
    try driver.run()
    base = "http://127.0.0.1:\(port)"
    var ready = false
    var lastError = ""
    for _ in 0..<100 where !ready {
      try await Task.sleep(for: .milliseconds(100))
      do {
        let status = try await send("GET", "/status", body: nil)
        ready = ((status["value"] as? [String: Any])?["ready"] as? Bool) == true
      } catch {
        lastError = "\(error)"
      }
    }
    guard ready else {
      stopDriver()
      throw Failure(description: "chromedriver ne répond pas sur le port \(port) : \(lastError)")
    }
    let capabilities: [String: Any] = [
      "capabilities": [
        "alwaysMatch": [
          "browserName": "chrome",
          "goog:chromeOptions": [
            "binary": browserPath,
            "args": [
              "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--lang=fr-FR", "--window-size=1280,1600",
            ],
          ],
        ]
      ]
    ]
    let reply = try await send("POST", "/session", body: capabilities)
    guard let value = reply["value"] as? [String: Any], let id = value["sessionId"] as? String else {
      stopDriver()
      throw Failure(description: "session WebDriver refusée : \(reply)")
    }
    session = id
  }

  /// Closes the browser and stops the driver.
  func quit() async {
    _ = try? await command("DELETE", "", body: nil)
    stopDriver()
  }

  /// chromedriver may outlive a SIGTERM while it waits on a browser: it is killed.
  private func stopDriver() {
    guard driver.isRunning else { return }
    kill(driver.processIdentifier, SIGKILL)
    driver.waitUntilExit()
  }

  func open(_ url: String) async throws {
    _ = try await command("POST", "url", body: ["url": url])
  }

  func currentURL() async throws -> String {
    try await command("GET", "url", body: nil) as? String ?? ""
  }

  /// The page's HTML, accents composed (NFC) whatever the browser did with them.
  func source() async throws -> String {
    (try await command("GET", "source", body: nil) as? String ?? "").precomposedStringWithCanonicalMapping
  }

  /// The visible text of the page.
  func text() async throws -> String {
    (try await execute("return document.body.innerText;") as? String ?? "")
      .precomposedStringWithCanonicalMapping
  }

  func element(_ css: String) async throws -> Element {
    let value = try await command("POST", "element", body: ["using": "css selector", "value": css])
    return try Self.element(from: value, css: css)
  }

  func elements(_ css: String) async throws -> [Element] {
    let value = try await command("POST", "elements", body: ["using": "css selector", "value": css])
    return try (value as? [Any] ?? []).map { try Self.element(from: $0, css: css) }
  }

  /// The elements matching `css` inside `parent`.
  func elements(_ css: String, in parent: Element) async throws -> [Element] {
    let value = try await command(
      "POST", "element/\(parent.id)/elements", body: ["using": "css selector", "value": css])
    return try (value as? [Any] ?? []).map { try Self.element(from: $0, css: css) }
  }

  func click(_ element: Element) async throws {
    _ = try await command("POST", "element/\(element.id)/click", body: [:])
  }

  func clear(_ element: Element) async throws {
    _ = try await command("POST", "element/\(element.id)/clear", body: [:])
  }

  /// Types `text` into a field (for a file input: the path of the file to upload).
  func type(_ text: String, into element: Element) async throws {
    _ = try await command("POST", "element/\(element.id)/value", body: ["text": text])
  }

  /// The rendered text of an element.
  func text(of element: Element) async throws -> String {
    try await command("GET", "element/\(element.id)/text", body: nil) as? String ?? ""
  }

  func attribute(_ name: String, of element: Element) async throws -> String? {
    try await command("GET", "element/\(element.id)/attribute/\(name)", body: nil) as? String
  }

  func execute(_ script: String) async throws -> Any? {
    try await command("POST", "execute/sync", body: ["script": script, "args": [Any]()])
  }

  /// Waits until `condition` holds on the page's source, or fails after `seconds`.
  func wait(
    upTo seconds: Double, every interval: Duration = .milliseconds(500), for description: String,
    until condition: (String) -> Bool
  ) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    // Looked at once more after the deadline: a starved task may wake only after it.
    while true {
      if let page = try? await source(), condition(page) { return }
      if Date() > deadline { break }
      try await Task.sleep(for: interval)
    }
    throw Failure(description: "délai dépassé (\(Int(seconds)) s) en attendant : \(description)")
  }

  // MARK: - Protocol

  private func command(_ method: String, _ path: String, body: [String: Any]?) async throws -> Any? {
    let reply = try await send(method, "/session/\(session)" + (path.isEmpty ? "" : "/\(path)"), body: body)
    if let value = reply["value"] as? [String: Any], let error = value["error"] as? String {
      throw Failure(description: "WebDriver \(method) \(path) : \(error) — \(value["message"] ?? "")")
    }
    return reply["value"]
  }

  private static func element(from value: Any?, css: String) throws -> Element {
    guard let object = value as? [String: Any],
      let id = object["element-6066-11e4-a52e-4f735466cecf"] as? String
    else { throw Failure(description: "aucun élément « \(css) »") }
    return Element(id: id)
  }

  private func send(_ method: String, _ path: String, body: [String: Any]?) async throws -> [String: Any] {
    var request = HTTPClientRequest(url: base + path)
    request.method = .init(rawValue: method)
    if let body {
      request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
      request.body = .bytes(Array(try JSONSerialization.data(withJSONObject: body)))
    }
    let response = try await HTTPClient.shared.execute(request, timeout: .seconds(300))
    let buffer = try await response.body.collect(upTo: 64 * 1024 * 1024)
    return (try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))) as? [String: Any] ?? [:]
  }
}
