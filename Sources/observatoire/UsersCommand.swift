import Accounts
import ArgumentParser
import Foundation
import ObservatoireCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The web app's accounts, kept in the data folder (`comptes.sqlite`), not in a project.
struct UsersCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "users",
    abstract: "Comptes de l'application web (administrateur, analyste, lecteur).",
    discussion: """
      Les comptes sont enregistrés dans le dossier de données du serveur (--data),
      dans le fichier « comptes.sqlite », à part des projets : un même compte relit
      plusieurs projets. Les mots de passe y sont hachés (scrypt, sel aléatoire) ;
      aucun n'est conservé en clair.
      """,
    subcommands: [AddUserCommand.self, ListUsersCommand.self],
    aliases: ["utilisateurs"]
  )
}

/// `--data`, the same in `serve` and `users`: the server's folder (projects, accounts, session key).
struct DataFolderOption: ParsableArguments {
  static let defaultFolder = "observatoire-donnees"

  @Option(
    name: .customLong("data"),
    help: ArgumentHelp(
      "Le dossier de données du serveur : projets, comptes (par défaut : \(DataFolderOption.defaultFolder)).",
      valueName: "dossier"))
  var folder: String?

  var path: String { folder ?? Self.defaultFolder }
}

struct AddUserCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Crée un compte ; le mot de passe est lu sur l'entrée standard ou demandé.",
    discussion: """
      Le mot de passe n'est jamais un argument (il resterait dans l'historique du
      shell) : il est demandé deux fois au terminal, ou lu sur la première ligne de
      l'entrée standard quand elle n'est pas un terminal (par ex.
      « printf '%s\\n' "$MDP" | observatoire users add … »). Au moins
      \(AccountStore.minimumPasswordLength) caractères.
      """,
    aliases: ["ajouter"]
  )

  @ArgumentParser.Argument(
    help: ArgumentHelp("L'identifiant du compte (minuscules, chiffres, . _ @ -).", valueName: "identifiant"))
  var identifier: String

  @Option(
    name: .customLong("role"),
    help: ArgumentHelp("Le rôle : administrateur, analyste ou lecteur.", valueName: "rôle"))
  var roleName: String

  var role: Role { Role(rawValue: roleName) ?? .reader }

  @OptionGroup var data: DataFolderOption

  func validate() throws {
    guard AccountStore.isValidIdentifier(identifier) else {
      throw ValidationError(AccountError.invalidIdentifier(identifier).messageFR)
    }
    guard Role(rawValue: roleName) != nil else {
      throw ValidationError(AccountError.unknownRole(roleName).messageFR)
    }
  }

  func run() async throws {
    try await exitingOnUserFacingErrors {
      let password = try readPassword()
      let store = try AccountStore(dataFolder: URL(fileURLWithPath: data.path))
      let account = try store.addAccount(identifier, role: role, password: password)
      print("Compte « \(account.identifier) » créé (\(account.role.labelFR)).")
    }
  }

  /// Twice at a terminal, echo off; else the first line of standard input.
  private func readPassword() throws -> String {
    if isatty(STDIN_FILENO) == 1 {
      guard let first = getpass("Mot de passe : ").map({ String(cString: $0) }),
        let second = getpass("Confirmez le mot de passe : ").map({ String(cString: $0) })
      else { throw AccountError.passwordTooShort(minimum: AccountStore.minimumPasswordLength) }
      guard first == second else { throw AccountError.passwordsDiffer }
      return first
    }
    var line = readLine(strippingNewline: true) ?? ""
    if line.hasSuffix("\r") { line.removeLast() }
    return line
  }
}

struct ListUsersCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "Liste les comptes et leur rôle.", aliases: ["liste"])

  @OptionGroup var data: DataFolderOption

  func run() async throws {
    try await exitingOnUserFacingErrors {
      let path = URL(fileURLWithPath: data.path).appendingPathComponent(AccountStore.fileName)
      guard FileManager.default.fileExists(atPath: path.path) else {
        print(
          "Aucun compte dans « \(data.path) » : créez le premier avec « observatoire users add … --role administrateur »."
        )
        return
      }
      let accounts = try AccountStore(dataFolder: URL(fileURLWithPath: data.path)).accounts()
      let width = max(11, accounts.map(\.identifier.count).max() ?? 0)
      print("identifiant".padding(toLength: width, withPad: " ", startingAt: 0) + "  rôle            créé le")
      let formatter = ISO8601DateFormatter()
      formatter.formatOptions = [.withFullDate]
      for account in accounts {
        print(
          account.identifier.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
            + account.role.labelFR.padding(toLength: 14, withPad: " ", startingAt: 0) + "  "
            + formatter.string(from: account.createdAt))
      }
    }
  }
}
