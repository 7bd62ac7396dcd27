import Foundation

/// The extended first-name list that `scripts/setup` derives from the `gender-guesser` wheel (about
/// 50,000 first names of ~55 countries, GNU Free Documentation License) into `lexiques/`. It is not
/// committed: without it the detector falls back on the bundled list (~300 names) and misses more
/// names, which `warningFR` says.
public enum NameLexicon {
  static let firstNamesFile = "prenoms.txt"
  static let ambiguousFile = "prenoms-ambigus.txt"

  /// `OBSERVATOIRE_LEXIQUES` when set, else `lexiques/` in the current directory, else `lexiques/`
  /// beside (or above) the executable, as for the models; nil when none holds the list.
  public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
    func holdsTheList(_ folder: URL) -> Bool {
      FileManager.default.fileExists(atPath: folder.appendingPathComponent(firstNamesFile).path)
    }
    // Set, the variable is the only place looked at, as OBSERVATOIRE_MODELS is.
    if let path = environment["OBSERVATOIRE_LEXIQUES"], !path.isEmpty {
      let folder = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
      return holdsTheList(folder) ? folder : nil
    }
    var candidates: [URL] = []
    candidates.append(
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("lexiques"))
    if var directory = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
      while directory.path != "/" {
        candidates.append(directory.appendingPathComponent("lexiques"))
        directory.deleteLastPathComponent()
      }
    }
    return candidates.first(where: holdsTheList)
  }

  /// Debian's word lists (`wfrench`, `wamerican`, installed by `scripts/setup`): their lowercase
  /// entries tell common words from names (an unknown word after « mon élève » is a name).
  /// `OBSERVATOIRE_MOTS`, when set, lists the files instead (separated by « : »; empty: none). Without
  /// them the rules that need them are off and fewer names are found.
  public static func locateWordLists(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> [URL]
  {
    let paths =
      environment["OBSERVATOIRE_MOTS"].map { $0.split(separator: ":").map(String.init) }
      ?? ["/usr/share/dict/french", "/usr/share/dict/american-english"]
    return paths.filter { FileManager.default.isReadableFile(atPath: $0) }.map { URL(fileURLWithPath: $0) }
  }

  /// Whether the shared detector read the French word list.
  public static var hasWordLists: Bool { PersonNameDetector.shared.hasWordLists }

  /// Whether `word` (any case, accents or not) is a common word of Debian's French or English list
  /// (`locateWordLists`); nil when no list was read, so that a check built on it is off.
  @Sendable public static func dictionaryKnows(_ word: String) -> Bool? {
    let detector = PersonNameDetector.shared
    return detector.hasWordLists ? detector.isDictionaryWord(word) : nil
  }

  /// Whether the shared detector found the extended list.
  public static var isInstalled: Bool { PersonNameDetector.shared.extendedListFolder != nil }

  /// A French warning when the extended list is missing, nil otherwise.
  public static var warningFR: String? { warningFR(isInstalled: isInstalled) }

  static func warningFR(isInstalled: Bool) -> String? {
    isInstalled
      ? nil
      : "Attention : liste étendue de prénoms introuvable (lexiques/prenoms.txt ou OBSERVATOIRE_LEXIQUES) ; "
        + "le masquage des noms n'utilise que la petite liste intégrée et laissera passer davantage de "
        + "prénoms. Lancez scripts/setup pour l'installer."
  }
}
