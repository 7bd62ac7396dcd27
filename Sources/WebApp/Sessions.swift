import Accounts
import Crypto
import Foundation
import Hummingbird

/// The request context of the web app: Hummingbird's, plus the browser's session.
public struct WebContext: RequestContext {
  public var coreContext: CoreRequestContextStorage
  /// The session id, set by `SessionMiddleware` for every request.
  public var session: String = ""
  /// The account logged in on this session, if any (its role read from the store each request,
  /// so that a changed or removed account takes effect at once).
  public var account: Account?

  public init(source: Source) {
    coreContext = .init(source: source)
  }
}

/// Signs session cookies and derives each session's CSRF token, with a key kept in the data
/// folder (`cle-session`, readable by its owner only) so that a restart keeps sessions valid.
public struct SessionSigner: Sendable {
  let key: SymmetricKey

  public init(key: SymmetricKey) { self.key = key }

  /// The key stored in `folder`, created on first use.
  public static func stored(in folder: URL) throws -> SessionSigner {
    let file = folder.appendingPathComponent("cle-session")
    if let data = try? Data(contentsOf: file), data.count == 32 {
      return SessionSigner(key: SymmetricKey(data: data))
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let key = SymmetricKey(size: .bits256)
    let data = key.withUnsafeBytes { Data($0) }
    _ = FileManager.default.createFile(
      atPath: file.path, contents: data, attributes: [.posixPermissions: 0o600])
    return SessionSigner(key: key)
  }

  static func base64URL(_ data: some DataProtocol) -> String {
    Data(data).base64EncodedString().replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
  }

  func mac(_ text: String) -> String {
    Self.base64URL(Data(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key)))
  }

  /// A new session: its id and the cookie value that carries it.
  public func newSession() -> (id: String, cookie: String) {
    let id = Self.base64URL(SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) })
    return (id, id + "." + mac("session:" + id))
  }

  /// The session id a cookie value carries, if its signature holds.
  public func session(fromCookie value: String) -> String? {
    let parts = value.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    let id = String(parts[0])
    let expected = mac("session:" + id)
    // Constant-time comparison of the signatures.
    guard expected.utf8.count == parts[1].utf8.count,
      zip(expected.utf8, parts[1].utf8).reduce(UInt8(0), { $0 | ($1.0 ^ $1.1) }) == 0
    else { return nil }
    return id
  }

  /// The cookie value that says `identifier` logged in on `session`, valid until `expiry`: bound
  /// to the session, so it cannot be moved to another browser's.
  public func accountCookie(identifier: String, session: String, expiry: Date) -> String {
    let payload = "\(identifier)|\(Int(expiry.timeIntervalSince1970))"
    return Self.base64URL(Data(payload.utf8)) + "." + mac("compte:\(session):" + payload)
  }

  /// The identifier an account cookie carries, if it was made for `session` and has not expired.
  public func account(fromCookie value: String, session: String, now: Date = Date()) -> String? {
    let parts = value.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    var encoded = parts[0].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
    while encoded.count % 4 != 0 { encoded += "=" }
    guard let data = Data(base64Encoded: encoded), let payload = String(data: data, encoding: .utf8) else {
      return nil
    }
    let expected = mac("compte:\(session):" + payload)
    guard expected.utf8.count == parts[1].utf8.count,
      zip(expected.utf8, parts[1].utf8).reduce(UInt8(0), { $0 | ($1.0 ^ $1.1) }) == 0
    else { return nil }
    let fields = payload.split(separator: "|")
    guard fields.count == 2, let expiry = Double(fields[1]), now.timeIntervalSince1970 < expiry else {
      return nil
    }
    return String(fields[0])
  }

  /// The token every form of the session carries, and every state-changing request must return.
  public func csrfToken(for session: String) -> String { mac("csrf:" + session) }

  public func isValid(csrf token: String?, for session: String) -> Bool {
    guard let token else { return false }
    let expected = csrfToken(for: session)
    return expected.utf8.count == token.utf8.count
      && zip(expected.utf8, token.utf8).reduce(UInt8(0), { $0 | ($1.0 ^ $1.1) }) == 0
  }
}

/// Gives every request a session (a signed cookie, `HttpOnly`, `SameSite=Strict`, `Secure` when
/// the server sits behind TLS), and refuses a state-changing request (POST) whose CSRF token is
/// missing or wrong — except uploads, whose form field is checked as the body streams
/// (`Upload`). Token: the form field `csrf`, or the `X-CSRF-Token` header for scripts.
struct SessionMiddleware: RouterMiddleware {
  typealias Context = WebContext
  static let cookieName = "observatoire_session"
  static let accountCookieName = "observatoire_compte"
  /// Pages anyone may open: the login page, the probes, the design system's files.
  static func isPublic(_ path: String) -> Bool {
    path == "/connexion" || path == "/healthz" || path == "/metrics" || path.hasPrefix("/dsfr/")
  }
  let signer: SessionSigner
  let secureCookies: Bool
  let accounts: AccountStore
  /// Single sign-on: the header the reverse proxy sets to the authenticated account's
  /// identifier; nil (the default) trusts no header.
  var trustedIdentityHeader: String? = nil

  func handle(
    _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
  ) async throws -> Response {
    var context = context
    var request = request
    var issued: String?
    if let value = request.cookies[Self.cookieName]?.value, let id = signer.session(fromCookie: value) {
      context.session = id
    } else {
      let (id, cookie) = signer.newSession()
      context.session = id
      issued = cookie
    }
    if let header = trustedIdentityHeader?.lowercased(),
      let identifier = request.headers.first(where: { $0.name.canonicalName == header })?.value
    {
      // The proxy vouches for this person: their account, or a refusal (never a fallback).
      let trimmed = identifier.trimmingCharacters(in: CharacterSet.whitespaces)
      guard let account = try accounts.account(trimmed) else { throw WebError.unknownIdentity(trimmed) }
      context.account = account
    } else if let value = request.cookies[Self.accountCookieName]?.value,
      let identifier = signer.account(fromCookie: value, session: context.session)
    {
      context.account = try accounts.account(identifier)
    }
    let path = request.uri.path
    if !Self.isPublic(path) {
      guard let account = context.account else {
        if request.method == .get {
          var response = Response.redirect(to: "/connexion", type: .found)
          if let issued { response.setCookie(sessionCookie(issued)) }
          return response
        }
        throw WebError.notLoggedIn
      }
      if request.method == .post, path != "/deconnexion", !account.role.canEdit {
        throw WebError.forbidden(role: account.role.labelFR)
      }
    }
    if request.method == .post, path != "/projets", !ObservatoryRoutes.uploadPaths.contains(path) {
      var token = request.headers[.init("X-CSRF-Token")!]
      if token == nil, (request.headers[.contentType] ?? "").hasPrefix("application/x-www-form-urlencoded") {
        let body = try await request.body.collect(upTo: 65_536)
        token = FormFields.parse(String(buffer: body))["csrf"]
        request.body = .init(buffer: body)
      }
      guard signer.isValid(csrf: token, for: context.session) else { throw WebError.csrf }
    }
    var response = try await next(request, context)
    if let issued, response.headers[.setCookie] == nil { response.setCookie(sessionCookie(issued)) }
    return response
  }

  func sessionCookie(_ value: String) -> Cookie {
    Cookie(
      name: Self.cookieName, value: value, path: "/", secure: secureCookies, httpOnly: true, sameSite: .strict
    )
  }
}

/// `application/x-www-form-urlencoded` fields.
enum FormFields {
  static func parse(_ body: String) -> [String: String] {
    var fields: [String: String] = [:]
    for pair in body.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      // Browsers may send accents decomposed (« e » + combining accent): stored composed (NFC),
      // so that a label typed in a form matches the same label written elsewhere.
      func decode(_ text: Substring) -> String {
        (text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text))
          .precomposedStringWithCanonicalMapping
      }
      guard let name = parts.first else { continue }
      fields[decode(name)] = parts.count > 1 ? decode(parts[1]) : ""
    }
    return fields
  }
}
