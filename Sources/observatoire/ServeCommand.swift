import ArgumentParser
import Foundation
import Hummingbird
import ObservatoireApp
import Reporting
import WebApp

struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Lance l'application web : projets, import, analyse suivie en direct, rapports.",
    discussion: """
      Pages servies par cette machine, aux couleurs du système de design de
      l'État, utilisables sans JavaScript. Les projets sont gardés dans
      DOSSIER/projets/ (un dossier par projet : la base .observatoire et le
      dernier rapport). Une analyse tourne en arrière-plan, une à la fois par
      projet ; la page du projet en suit la progression.

      Comptes : créez le premier administrateur avant de lancer le serveur,
      avec le même --data :
        observatoire users add admin --role administrateur --data DOSSIER
      Un lecteur lit projets et rapports ; un analyste ou un administrateur
      importe, analyse et revoit les thèmes.

      Le serveur écoute par défaut sur 127.0.0.1 (cette machine seulement) ;
      pour le partager, placez-le derrière le proxy TLS de l'académie et
      ajoutez --secure-cookies.

      Exemples :
        observatoire serve
        observatoire serve --port 8081 --data /srv/observatoire
      """)

  @Option(help: "Adresse d'écoute (127.0.0.1 : cette machine seulement).")
  var host = "127.0.0.1"

  @Option(help: "Port d'écoute.")
  var port = 8080

  @OptionGroup var data: DataFolderOption

  @Option(help: ArgumentHelp("Taille maximale d'un export envoyé, en Mo.", valueName: "Mo"))
  var maxUpload = 200

  @Flag(
    name: .customLong("secure-cookies"),
    help: "Cookies de session réservés à HTTPS (Secure) : à mettre derrière un proxy TLS.")
  var secureCookies = false

  @Option(
    name: .customLong("trusted-identity-header"),
    help: ArgumentHelp(
      "Authentification unique : en-tête où le proxy de l'académie transmet l'identifiant de la "
        + "personne authentifiée (connectée alors à ce compte, qui doit exister). Désactivé par défaut ; "
        + "le proxy doit retirer cet en-tête des requêtes qu'il reçoit.",
      valueName: "EN-TÊTE"))
  var trustedIdentityHeader: String?

  @OptionGroup var models: ModelOptions

  func validate() throws {
    guard (1...65_535).contains(port) else { throw ValidationError("--port doit être entre 1 et 65535.") }
    guard maxUpload >= 1 else { throw ValidationError("--max-upload doit être au moins 1.") }
    if let header = trustedIdentityHeader {
      let token = CharacterSet(
        charactersIn: "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
      guard !header.isEmpty, header.unicodeScalars.allSatisfy(token.contains) else {
        throw ValidationError(
          "--trusted-identity-header doit être un nom d'en-tête HTTP (lettres, chiffres, tirets).")
      }
    }
  }

  func run() async throws {
    try await exitingOnUserFacingErrors {
      let folder = URL(fileURLWithPath: data.path, isDirectory: true).standardizedFileURL
      var configuration = WebServerConfiguration(dataDirectory: folder, models: try models.settings())
      configuration.host = host
      configuration.port = port
      configuration.maxUploadBytes = maxUpload * 1_000_000
      configuration.secureCookies = secureCookies
      configuration.trustedIdentityHeader = trustedIdentityHeader
      WebServer.routeMetricsToRegistry(configuration)
      let application = try WebServer.application(configuration)
      printWarning("Observatoire : http://\(host):\(port)/ — projets dans \(folder.path)/projets")
      try await application.runService()
    }
  }
}
