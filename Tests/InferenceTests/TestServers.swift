import Foundation
import TestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A TCP port nobody listens on right now (the kernel picks it).
func freePort() throws -> Int {
  let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
  defer { close(socketFD) }
  var address = sockaddr_in()
  address.sin_family = sa_family_t(AF_INET)
  address.sin_addr.s_addr = inet_addr("127.0.0.1")
  address.sin_port = 0
  var length = socklen_t(MemoryLayout<sockaddr_in>.size)
  let bound = withUnsafeMutablePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
      guard bind(socketFD, pointer, length) == 0 else { return -1 }
      return getsockname(socketFD, pointer, &length)
    }
  }
  guard bound == 0 else { throw POSIXError(.EADDRINUSE) }
  return Int(UInt16(bigEndian: address.sin_port))
}

/// A real `llama-server` process on 127.0.0.1 and a random free port, stopped by `stop()`.
final class LlamaServer: @unchecked Sendable {
  let process = Process()
  let port: Int
  var baseURL: String { "http://127.0.0.1:\(port)" }

  init(
    model: URL, embeddings: Bool = false, threads: Int = 1, parallel: Int = 2, context: Int = 2048
  ) async throws {
    port = try freePort()
    process.executableURL = URL(fileURLWithPath: "/usr/local/bin/llama-server")
    var arguments = [
      "-m", model.path, "--host", "127.0.0.1", "--port", String(port), "-t", String(threads),
      "-c", String(context), "-np", String(parallel),
    ]
    if embeddings { arguments.append("--embeddings") }
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("llama-server-\(port).log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    process.standardError = try FileHandle(forWritingTo: log)
    defer { try? FileManager.default.removeItem(at: log) }
    try process.run()
    // Ready when /health answers 200 (it answers 503 while the model loads). Health is asked
    // before the clock is read: when parallel tests hold every cooperative thread, this task may
    // wake long after the deadline, and the server is then long ready.
    let deadline = Date().addingTimeInterval(300)
    while process.isRunning {
      if healthStatus() == 200 { return }
      if Date() > deadline { break }
      try await Task.sleep(for: .milliseconds(200))
    }
    let exited = !process.isRunning
    stop()
    let tail =
      (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n").suffix(8)
      .joined(separator: "\n") ?? ""
    throw ServerDidNotStart(
      reason: exited ? "exited with status \(process.terminationStatus)" : "not ready after 300 s", log: tail)
  }

  struct ServerDidNotStart: Error, CustomStringConvertible {
    var reason: String
    var log: String
    var description: String { "llama-server \(reason); its last log lines:\n\(log)" }
  }

  /// GET /health over a plain socket: the status code, or nil while nothing listens.
  private func healthStatus() -> Int? {
    let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socketFD) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = UInt16(port).bigEndian
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
    guard connected else { return nil }
    let request = Array("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
    _ = request.withUnsafeBytes { write(socketFD, $0.baseAddress, $0.count) }
    var buffer = [UInt8](repeating: 0, count: 256)
    let count = read(socketFD, &buffer, buffer.count)
    guard count > 12 else { return nil }
    return Int(String(decoding: buffer[9..<12], as: UTF8.self))
  }

  /// SIGKILL: on SIGTERM llama-server waits for idle keep-alive connections that our pooled
  /// HTTP client holds open, and would never exit.
  func stop() {
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
  }

  deinit { stop() }
}

/// A tiny real HTTP/1.1 server that answers each request with the next scripted response
/// (the last one repeats), and counts the requests it got: a peer for retry and error tests.
final class ScriptedHTTPServer: @unchecked Sendable {
  struct Response {
    var status: Int
    var body: String
    var headers: [String: String] = [:]
  }

  let port: Int
  var baseURL: String { "http://127.0.0.1:\(port)" }
  private let listener: Int32
  private let lock = NSLock()
  private var script: [Response]
  private var served = 0
  private var thread: Thread?

  var requestCount: Int { lock.withLock { served } }

  init(responses: [Response]) throws {
    script = responses
    listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var reuse: Int32 = 1
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let listenerFD = listener
    let ok = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
        bind(listenerFD, pointer, length) == 0 && getsockname(listenerFD, pointer, &length) == 0
      }
    }
    guard ok, listen(listener, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
    port = Int(UInt16(bigEndian: address.sin_port))
    let thread = Thread { [unowned self] in self.serve() }
    self.thread = thread
    thread.start()
  }

  private func serve() {
    while true {
      let client = accept(listener, nil, nil)
      if client < 0 { return }
      handle(client)
      close(client)
    }
  }

  private func handle(_ client: Int32) {
    var received = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 65536)
    // Read the headers, then as many body bytes as Content-Length says.
    while true {
      let count = read(client, &buffer, buffer.count)
      if count <= 0 { return }
      received += buffer.prefix(count)
      let text = String(decoding: received, as: UTF8.self)
      guard let headerEnd = text.range(of: "\r\n\r\n") else { continue }
      let headers = text[..<headerEnd.lowerBound].lowercased()
      let length =
        headers.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
        .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
      if text.utf8.count - text.utf8.distance(from: text.startIndex, to: headerEnd.upperBound) >= length {
        break
      }
    }
    let response = lock.withLock { () -> Response in
      let response = script[min(served, script.count - 1)]
      served += 1
      return response
    }
    var head = "HTTP/1.1 \(response.status) Scripted\r\nContent-Type: application/json\r\n"
    head += "Content-Length: \(response.body.utf8.count)\r\nConnection: close\r\n"
    for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
    let bytes = Array((head + "\r\n" + response.body).utf8)
    _ = bytes.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
  }

  func stop() {
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
  }

  deinit { stop() }
}

/// A real HTTP/1.1 chat server that holds every request until the test releases it: the test
/// decides the order in which requests complete, and sees which ones are in flight. Each request's
/// user message is its label; the answer's content is `réponse <label>`.
final class GatedChatServer: @unchecked Sendable {
  let port: Int
  var baseURL: String { "http://127.0.0.1:\(port)" }
  private let listener: Int32
  private let condition = NSCondition()
  private var inFlight: [String] = []
  private var released: Set<String> = []
  private var mostInFlight = 0
  private var received: [String] = []

  /// Labels of the requests the server holds now, in arrival order.
  var labelsInFlight: [String] { condition.withLock { inFlight } }
  /// The most requests it ever held at once.
  var maximumInFlight: Int { condition.withLock { mostInFlight } }
  /// Labels of every request received, in arrival order.
  var receivedLabels: [String] { condition.withLock { received } }

  init() throws {
    listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var reuse: Int32 = 1
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let listenerFD = listener
    let ok = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
        bind(listenerFD, pointer, length) == 0 && getsockname(listenerFD, pointer, &length) == 0
      }
    }
    guard ok, listen(listener, 64) == 0 else { throw POSIXError(.EADDRINUSE) }
    port = Int(UInt16(bigEndian: address.sin_port))
    Thread { [weak self] in self?.acceptLoop(listenerFD) }.start()
  }

  /// Lets the request with this label answer.
  func release(_ label: String) {
    condition.withLock {
      released.insert(label)
      condition.broadcast()
    }
  }

  /// Waits (polling, up to `seconds`) until the server holds exactly these labels, in any order.
  func waitUntilInFlight(_ labels: Set<String>, seconds: Double = 60) async throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    // Looked at once more after the deadline: a starved task may wake only after it.
    while true {
      if Set(labelsInFlight) == labels, labelsInFlight.count == labels.count { return true }
      if Date() > deadline { return false }
      try await Task.sleep(for: .milliseconds(10))
    }
  }

  private func acceptLoop(_ listenerFD: Int32) {
    while true {
      let client = accept(listenerFD, nil, nil)
      if client < 0 { return }
      Thread { [weak self] in
        self?.handle(client)
        close(client)
      }.start()
    }
  }

  private func handle(_ client: Int32) {
    guard let body = Self.readBody(client),
      let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
      let messages = object["messages"] as? [[String: Any]],
      let label = messages.last?["content"] as? String
    else { return }
    condition.withLock {
      inFlight.append(label)
      received.append(label)
      mostInFlight = max(mostInFlight, inFlight.count)
      while !released.contains(label) { condition.wait() }
      inFlight.removeAll { $0 == label }
    }
    let content = "réponse \(label)"
    let answer = """
      {"choices":[{"message":{"role":"assistant","content":"\(content)"},"finish_reason":"stop"}],
       "usage":{"prompt_tokens":3,"completion_tokens":2}}
      """
    let head =
      "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(answer.utf8.count)\r\nConnection: close\r\n\r\n"
    let bytes = Array((head + answer).utf8)
    _ = bytes.withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
  }

  /// The body of one HTTP request (headers read up to Content-Length).
  static func readBody(_ client: Int32) -> String? {
    var received = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = read(client, &buffer, buffer.count)
      if count <= 0 { return nil }
      received += buffer.prefix(count)
      guard let end = received.firstRange(of: Array("\r\n\r\n".utf8)) else { continue }
      let headers = String(decoding: received[..<end.lowerBound], as: UTF8.self).lowercased()
      let length =
        headers.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
        .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
      if received.count - end.upperBound >= length {
        return String(decoding: received[end.upperBound..<(end.upperBound + length)], as: UTF8.self)
      }
    }
  }

  func stop() {
    condition.withLock {
      released.formUnion(inFlight)
      condition.broadcast()
    }
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
  }

  deinit { stop() }
}
