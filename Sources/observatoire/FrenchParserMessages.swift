import Foundation

/// swift-argument-parser writes its own messages and help headings in English; the analyst reads
/// French. This rewrites what it prints, phrase by phrase, before it reaches the terminal.
enum FrenchParserMessages {
  /// Each English phrase (a regular expression) and its French form; `$1`, `$2` keep the names.
  static let phrases: [(pattern: String, french: String)] = [
    (#"^Error: "#, "Erreur : "),
    (#"(?m)^Help:  "#, "Aide : "),
    (#"(?m)^Usage: "#, "Utilisation : "),
    (#"See '([^']+)' for more information\."#, "Voir « $1 » pour plus d'informations."),
    (
      #"See '([^']+) <subcommand>' for detailed help\."#, "Voir « $1 <sous-commande> » pour l'aide détaillée."
    ),
    (#"Missing expected argument '([^']+)'"#, "argument attendu manquant : « $1 »"),
    (
      #"Unknown option '([^']+)'\. Did you mean '([^']+)'\?"#,
      "option inconnue « $1 ». Vouliez-vous dire « $2 » ?"
    ),
    (#"Unknown option '([^']+)'"#, "option inconnue « $1 »"),
    (#"Missing value for '([^']+)'"#, "valeur manquante pour « $1 »"),
    (#"Unexpected argument '([^']+)'"#, "argument inattendu « $1 »"),
    (#"The value '([^']*)' is invalid for '([^']+)'"#, "la valeur « $1 » n'est pas valide pour « $2 »"),
    (#"Value to be set with (.+) had already been set with (.+)"#, "$1 a déjà été donné par $2"),
    (#"\(default: ([^)]*)\)"#, "(par défaut : $1)"),
    (#"(?m)^OVERVIEW:"#, "RÉSUMÉ :"),
    (#"(?m)^USAGE:"#, "UTILISATION :"),
    (#"(?m)^ARGUMENTS:"#, "ARGUMENTS :"),
    (#"(?m)^OPTIONS:"#, "OPTIONS :"),
    (#"(?m)^SUBCOMMANDS:"#, "SOUS-COMMANDES :"),
    (#"Show help information\."#, "Affiche cette aide."),
    (#"Show the version\."#, "Affiche la version."),
  ]

  static let expressions: [(NSRegularExpression, String)] = phrases.map {
    (try! NSRegularExpression(pattern: $0.pattern), $0.french)
  }

  static func translate(_ text: String) -> String {
    var result = text
    for (expression, template) in expressions {
      result = expression.stringByReplacingMatches(
        in: result, range: NSRange(result.startIndex..., in: result), withTemplate: template)
    }
    return result
  }
}
