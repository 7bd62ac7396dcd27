import Foundation
import Testing

@testable import Privacy

/// The extended first-name list (`scripts/setup` → `lexiques/`) and the rules that use it, on a
/// small list written here: the tests do not depend on the list being installed.
@Suite struct NameLexiconTests {
  static let folder: URL = {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("observatoire-lexiques-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let names = ["timur", "ilona", "bartek", "svetlana", "ines", "tor", "ina", "redmond"]
    try? ("# test\n" + names.joined(separator: "\n") + "\n").write(
      to: folder.appendingPathComponent("prenoms.txt"), atomically: true, encoding: .utf8)
    try? "# test\nprune\nwill\n".write(
      to: folder.appendingPathComponent("prenoms-ambigus.txt"), atomically: true, encoding: .utf8)
    return folder
  }()

  static let detector = PersonNameDetector(extendedListFolder: folder)

  func names(_ text: String, _ detector: PersonNameDetector = Self.detector) -> [String] {
    let source = text as NSString
    return detector.detect(in: source, keepsInstitutionNames: true).masked.map {
      source.substring(with: $0.range)
    }
  }

  @Test func locatesTheListFromTheEnvironmentAndFallsBackWithoutIt() {
    #expect(
      NameLexicon.locate(environment: ["OBSERVATOIRE_LEXIQUES": Self.folder.path])?.path == Self.folder.path)
    #expect(NameLexicon.locate(environment: ["OBSERVATOIRE_LEXIQUES": "/nonexistent/lexiques"]) == nil)
    #expect(Self.detector.extendedListFolder != nil)
    let bundledOnly = PersonNameDetector(extendedListFolder: nil)
    #expect(bundledOnly.extendedListFolder == nil)
    #expect(names("Hier Timur a rendu sa copie.", bundledOnly).isEmpty)
    #expect(names("Hier Timur a rendu sa copie.") == ["Timur"])
    #expect(NameLexicon.warningFR(isInstalled: false)?.contains("scripts/setup") == true)
    #expect(NameLexicon.warningFR(isInstalled: true) == nil)
  }

  @Test func extendedNamesNeedTheShapeOfAName() {
    for text in [
      "On passe par TOR pour naviguer.", "Les archives de l'Ina sont utiles.", "Un OS de Microsoft Redmond.",
      "Une Prune Rouge et une Will Power.", "mon fils utilise l'outil", "ilona",
    ] {
      #expect(names(text).isEmpty, "\(text)")
    }
  }

  @Test func lowercaseNamesAfterCuesAndInLists() {
    let cases: [(String, [String])] = [
      ("avec timur, bartek et ilona on révise", ["timur", "bartek", "ilona"]),
      ("moi c'est svetlana, en 4e", ["svetlana"]),
      ("moi c timur et je trouve ça bien", ["timur"]),
      ("mon pote bartek code tout avec l'IA", ["bartek"]),
      ("Ma sœur ilona utilise Gemini", ["ilona"]),
      ("je suis timur kowalczyk.", ["timur kowalczyk"]),
      ("La mère de Ilona m'a écrit.", ["Ilona"]),
      ("Mes enfants Timur et Zuzanna n'ont pas les mêmes profs.", ["Timur", "Zuzanna"]),
      ("Mon binôme en physique, Bartek, pense autrement.", ["Bartek"]),
    ]
    for (text, expected) in cases {
      #expect(names(text) == expected, "\(text)")
    }
  }

  @Test func signaturesInitialsAndSurnamesInCapitals() {
    let cases: [(String, [String])] = [
      ("L'outil aide. Cordialement, R. V.", ["R. V"]),
      ("L'outil aide. Cordialement, A. Le Goff", ["A. Le Goff"]),
      ("L'outil aide. Merci. Svetlana", ["Svetlana"]),
      ("trop bien - Timur, 4e A", ["Timur"]),
      ("L'outil aide.\nB. K.", ["B. K"]),
      ("L'outil aide.\nines dupuis", ["ines dupuis"]),
      ("Contact : KOWALCZYK Bartek, 06 00 00 00 00.", ["KOWALCZYK Bartek"]),
      ("J'ai vu Ilona S. copier.", ["Ilona S"]),
      ("Bartek Nowak, papa d'une élève de 5e.", ["Bartek Nowak"]),
      ("Timur wozniak, professeur de SVT, teste l'outil.", ["Timur wozniak"]),
      ("Bien à vous, Mme Wozniak", ["Wozniak"]),
      ("C'est le Dr d'Ornano qui l'a dit.", ["d'Ornano"]),
    ]
    for (text, expected) in cases {
      #expect(names(text) == expected, "\(text)")
    }
  }

  /// A few lowercase French words, as Debian's wfrench lists them (a capitalised entry is a proper
  /// noun and is left out): written here, so that the tests do not depend on the list's presence.
  static let words: URL = {
    let url = folder.appendingPathComponent("mots-test.txt")
    let words = [
      "utilise", "copient", "collent", "tout", "copié", "surveille", "salle", "gère", "aider", "progressent",
      "refuse", "refusent", "ceux", "Paris",
    ]
    try? (words.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    return url
  }()

  /// The rules alone: the tagger learned its features with the full dictionaries, not this small list.
  static let withWords = PersonNameDetector(extendedListFolder: folder, wordLists: [words], tagger: nil)

  @Test func locatesTheWordListsAndDegradesWithoutThem() {
    #expect(NameLexicon.locateWordLists(environment: ["OBSERVATOIRE_MOTS": ""]).isEmpty)
    #expect(NameLexicon.locateWordLists(environment: ["OBSERVATOIRE_MOTS": Self.words.path]) == [Self.words])
    #expect(Self.withWords.hasWordLists && !Self.detector.hasWordLists)
    // Without the word lists, an unknown lowercase word after a cue is not taken for a name.
    #expect(names("mon élève vaimiti a tout copié").isEmpty)
  }

  @Test func unknownWordsAfterCuesAreNames() {
    let cases: [(String, [String])] = [
      ("mon élève vaimiti a tout copié", ["vaimiti"]),
      ("l'AED, fallou, surveille la salle", ["fallou"]),
      ("D'après M. rakotomalala, c'est interdit.", ["rakotomalala"]),
      ("slt c tahia jsp", ["tahia"]),
      ("j'ai demandé à Kavya Q. de m'aider", ["Kavya Q"]),
      ("c'est Teva qui gère Pronote.", ["Teva"]),
      ("Le cours est fini. Bien à vous. T. Faye", ["T. Faye"]),
      ("mes élèves Timur, Rija et Solomiia ont triché", ["Timur", "Rija", "Solomiia"]),
      ("La maman de vaimiti m'a écrit.", ["vaimiti"]),
      ("Nom : KOFFI Prénom : Violaine", ["KOFFI", "Violaine"]),
      ("@Soufiane je suis d'accord avec toi", ["Soufiane"]),
      ("Fatoumata, 15 ans, en seconde", ["Fatoumata"]),
      ("Il refuse. S.D. (parent).", ["S.D"]),
      ("notre principal, M. park, est contre", ["park"]),
      ("avec tenzin on a tout copié", ["tenzin"]),
      // Words of the list, school words and plural roles are not names.
      ("mon élève utilise l'outil", []),
      ("Les élèves copient-collent sans lire.", []),
      ("les élèves allophones progressent", []),
      ("un élève dys aime l'outil", []),
      ("un prof d'éco refuse", []),
      ("Pr ceux qui refusent, tout est copié", []),
      ("demandez à Timur du CDI", ["Timur"]),
    ]
    for (text, expected) in cases {
      #expect(names(text, Self.withWords) == expected, "\(text)")
    }
  }

  /// A capitalised word that no list and no dictionary knows, alone in mid-sentence: listed for
  /// review, not masked.
  @Test func unknownCapitalisedWordsAreOnlyPossible() {
    let source = "On en a parlé hier avec le groupe et Zorblax a dit non." as NSString
    let found = Self.withWords.detect(in: source, keepsInstitutionNames: true)
    #expect(found.masked.isEmpty)
    #expect(found.possible.map { source.substring(with: $0.range) } == ["Zorblax"])
  }
}
