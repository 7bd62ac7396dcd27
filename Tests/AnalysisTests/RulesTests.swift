import Foundation
import ObservatoireCore
import TestSupport
import Testing

@testable import Analysis

/// Real answers: République numérique arguments (with pour/contre labels and sections) and
/// Lille Grand Débat comments.
enum RulesData {
  struct Argument {
    var text: String
    var stance: String
    var section: String
  }

  static let arguments: [Argument] = {
    let rows = (try? Fixtures.jsonLines("republique_numerique_fr/arguments.jsonl")) ?? []
    return rows.compactMap { row in
      guard let text = row["text"] as? String, let stance = row["stance"] as? String,
        let section = row["section"] as? String
      else { return nil }
      return Argument(text: text, stance: stance, section: section)
    }
  }()

  static let comments: [String] = {
    let rows = (try? Fixtures.jsonLines("decidim_mel_granddebat_fr/debate_comments.jsonl")) ?? []
    return rows.compactMap { $0["text"] as? String }
  }()
}

@Suite struct FrenchClauseSegmenterTests {
  private func texts(_ answer: String) -> [String] {
    FrenchClauseSegmenter.segment(answer).map(\.text)
  }

  @Test func spansAreExactOnRealAnswers() throws {
    let answers =
      RulesData.comments + RulesData.arguments.enumerated().filter { $0.offset % 3 == 0 }.map(\.element.text)
    try #require(answers.count > 1_500)
    var unitCount = 0
    var multiUnitAnswers = 0
    for answer in answers {
      let units = FrenchClauseSegmenter.segment(answer)
      unitCount += units.count
      if units.count > 1 { multiUnitAnswers += 1 }
      var previousEnd = 0
      for unit in units {
        #expect(unit.span.slice(of: answer) == unit.text, "span mismatch in: \(answer.prefix(80))")
        #expect(unit.span.start >= previousEnd, "overlapping units in: \(answer.prefix(80))")
        previousEnd = unit.span.end
        let first = try #require(unit.text.unicodeScalars.first)
        let last = try #require(unit.text.unicodeScalars.last)
        #expect(!first.properties.isWhitespace && !last.properties.isWhitespace)
        #expect(![",", ";", ":"].contains(last), "separator left at the end of « \(unit.text) »")
        if units.count > 1 {
          let words = FrenchText.tokens(Array(unit.text.unicodeScalars)).count
          #expect(words >= FrenchClauseSegmenter.minimumWords, "fragment « \(unit.text) » left alone")
        }
      }
      let hasWords = !FrenchText.tokens(Array(answer.unicodeScalars)).isEmpty
      #expect(units.isEmpty == !hasWords)
    }
    // Real answers do get cut: more units than answers, many answers with several.
    #expect(unitCount > answers.count * 2)
    #expect(multiUnitAnswers > answers.count / 2)
  }

  @Test func connectorOpensTheFollowingUnit() {
    #expect(texts("L'IA aide, mais elle isole") == ["L'IA aide", "mais elle isole"])
    #expect(
      texts("Les outils font gagner du temps aux enseignants ; cependant ils coûtent cher aux familles.")
        == ["Les outils font gagner du temps aux enseignants", "cependant ils coûtent cher aux familles."])
    #expect(
      texts("Ces outils motivent les élèves, et pourtant les résultats ne suivent pas.")
        == ["Ces outils motivent les élèves", "et pourtant les résultats ne suivent pas."])
    #expect(
      texts("D'un côté les élèves progressent vite, de l'autre ils dépendent de la machine.")
        == ["D'un côté les élèves progressent vite", "de l'autre ils dépendent de la machine."])
  }

  @Test func sentencesSplitButNotAtAbbreviationsNumbersOrEllipses() {
    #expect(
      texts("M. Durand trouve l'outil utile. Il coûte 3.5 euros par élève, etc. Les parents hésitent encore.")
        == [
          "M. Durand trouve l'outil utile.", "Il coûte 3.5 euros par élève, etc.",
          "Les parents hésitent encore.",
        ])
    #expect(
      texts("C'est pratique… mais pas pour les plus jeunes élèves.")
        == ["C'est pratique…", "mais pas pour les plus jeunes élèves."])
    #expect(
      texts("Voir le site www.education.gouv.fr pour les détails. Le reste suit.")
        == ["Voir le site www.education.gouv.fr pour les détails.", "Le reste suit."])
    #expect(
      texts("Les élèves utilisent de plus en plus ces outils pour leurs devoirs.")
        == ["Les élèves utilisent de plus en plus ces outils pour leurs devoirs."])
  }

  @Test func colonsSplitClausesButNotQuotations() {
    #expect(
      texts("Le constat est simple : les élèves recopient les réponses sans comprendre.")
        == ["Le constat est simple", "les élèves recopient les réponses sans comprendre."])
    #expect(
      texts("L'article prévoit : « une ouverture des données par défaut ».")
        == ["L'article prévoit : « une ouverture des données par défaut »."])
  }

  @Test func shortFragmentsMergeIntoTheirNeighbour() {
    // « Non. » alone says nothing: it joins the sentence it answers with.
    #expect(
      texts("Non. Je pense que c'est une mauvaise idée pour les élèves.")
        == ["Non. Je pense que c'est une mauvaise idée pour les élèves."])
    // « toutefois » in the middle of a clause: the two-word head goes back with its tail.
    #expect(
      texts("Il faut toutefois rester prudent avec ces outils.")
        == ["Il faut toutefois rester prudent avec ces outils."])
    // Long sentences are not cut at « et ».
    let long =
      "Les enseignants doivent être formés et les élèves accompagnés et les parents informés et les outils évalués régulièrement par des experts indépendants."
    #expect(texts(long) == [long])
  }

  @Test func realSemicolonClausesAreCut() throws {
    // Every real answer with « ; » between two long clauses of one sentence gets a unit that
    // starts right after it.
    var checked = 0
    for answer in RulesData.arguments.map(\.text) where answer.contains(" ; ") {
      let scalars = Array(answer.unicodeScalars)
      guard let semicolon = scalars.firstIndex(of: ";") else { continue }
      let sentence = try #require(
        FrenchClauseSegmenter.sentenceRanges(scalars).first { $0.contains(semicolon) })
      let before = FrenchText.tokens(scalars, in: sentence.lowerBound..<semicolon).count
      let after = FrenchText.tokens(scalars, in: (semicolon + 1)..<sentence.upperBound)
      // Only clauses with no other cut inside them.
      guard before >= 6, after.count >= 6, after.count <= 25,
        !scalars[(semicolon + 1)..<sentence.upperBound].contains(where: { [";", ":"].contains($0) })
      else { continue }
      let starts = FrenchClauseSegmenter.segment(answer).map(\.span.start)
      #expect(starts.contains(after[0].start), "no cut after « ; » in: \(answer.prefix(120))")
      checked += 1
    }
    #expect(checked >= 10)
  }

  @Test func placeholdersAndOddInputsDoNotBreak() {
    #expect(FrenchClauseSegmenter.segment("").isEmpty)
    #expect(FrenchClauseSegmenter.segment("   \n\t ").isEmpty)
    #expect(FrenchClauseSegmenter.segment("... — !!").isEmpty)
    let masked =
      "Bonjour [PERSONNE], je vous écris depuis [EMAIL]. M. [PERSONNE] pense que l'outil est utile, mais il coûte cher."
    let units = FrenchClauseSegmenter.segment(masked)
    #expect(
      units.map(\.text) == [
        "Bonjour [PERSONNE], je vous écris depuis [EMAIL].", "M. [PERSONNE] pense que l'outil est utile",
        "mais il coûte cher.",
      ])
    let decomposed =
      "L'IA c'est ge\u{301}nial 👍🏽 pour les e\u{301}le\u{300}ves, mais e\u{301}coutez les risques !"
    for unit in FrenchClauseSegmenter.segment(decomposed) {
      #expect(unit.span.slice(of: decomposed) == unit.text)
    }
    #expect(FrenchClauseSegmenter.segment(decomposed).count == 2)
  }

  @Test func listNumbersOpenTheirItem() {
    #expect(
      texts(
        "Voici mes remarques sur ce projet.\n1. Les élèves trichent beaucoup avec ces outils.\n2) Les enseignants manquent de formation."
      )
        == [
          "Voici mes remarques sur ce projet.", "1. Les élèves trichent beaucoup avec ces outils.",
          "2) Les enseignants manquent de formation.",
        ])
  }

  @Test func manyTinySentencesBecomeOneUnit() {
    let answer = String(repeating: "Oui. ", count: 20_000) + "Non !"
    let units = FrenchClauseSegmenter.segment(answer)
    #expect(units.count == 1)
    #expect(units.first?.text == answer)
  }
}

@Suite struct StanceLexiconTests {
  @Test func clearCases() {
    #expect(StanceLexicon.stance(of: "L'IA est très utile pour les élèves en difficulté.") == .pour)
    #expect(StanceLexicon.stance(of: "Ces outils font gagner du temps et facilitent la correction.") == .pour)
    #expect(StanceLexicon.stance(of: "C'est un danger pour l'apprentissage de l'écriture.") == .contre)
    #expect(StanceLexicon.stance(of: "Je crains que les élèves trichent et deviennent paresseux.") == .contre)
    #expect(StanceLexicon.stance(of: "mais elle isole les élèves") == .contre)
    #expect(StanceLexicon.stance(of: "Le cours commence à huit heures.") == .neutre)
    #expect(StanceLexicon.stance(of: "") == .neutre)
  }

  @Test func schoolAnswersAboutAI() {
    let expected: [(String, Stance)] = [
      ("ChatGPT permet aux élèves de gagner du temps sur les recherches.", .pour),
      ("Un outil formidable pour personnaliser les exercices.", .pour),
      ("L'IA risque de creuser les inégalités entre élèves.", .contre),
      ("Je suis inquiète pour la vie privée des enfants.", .contre),
      ("Les élèves deviennent dépendants et le plagiat explose.", .contre),
      ("Cela dépend de l'usage qu'en fait l'enseignant.", .nuance),
      ("Intéressant, mais attention aux données personnelles.", .nuance),
      ("Les cours de mathématiques ont lieu le mardi.", .neutre),
    ]
    for (sentence, stance) in expected {
      #expect(StanceLexicon.stance(of: sentence) == stance, "« \(sentence) »")
    }
  }

  @Test func negationTurnsACue() {
    #expect(StanceLexicon.stance(of: "Cet outil n'est pas utile en classe.") == .contre)
    #expect(StanceLexicon.stance(of: "Il ne faut pas interdire ces outils.") == .pour)
    #expect(StanceLexicon.stance(of: "Une application sans intérêt pédagogique ni efficacité.") == .contre)
  }

  @Test func concessionAndMixedCuesAreNuanced() {
    #expect(StanceLexicon.stance(of: "Utile, à condition de l'encadrer.") == .nuance)
    #expect(StanceLexicon.stance(of: "À utiliser avec prudence en classe.") == .nuance)
    #expect(StanceLexicon.stance(of: "L'IA aide les élèves mais elle les rend dépendants.") == .nuance)
  }

  @Test func decidedStancesBeatChanceOnRepubliqueNumerique() throws {
    // Labels are pour/contre the proposal; the lexicon knows nothing about the bill, so the bar
    // is above chance on the arguments it decides, not a high accuracy (see docs/benchmarks/rules.md).
    let arguments = RulesData.arguments
    try #require(arguments.count > 3_000)
    var correct = 0
    var decided = 0
    for argument in arguments {
      let stance = StanceLexicon.stance(of: argument.text)
      guard stance == .pour || stance == .contre else { continue }
      decided += 1
      if stance.rawValue == argument.stance { correct += 1 }
    }
    #expect(decided > arguments.count / 4)
    #expect(Double(correct) / Double(decided) > 0.58)
  }
}

@Suite struct DistinctiveTermsTests {
  /// République numérique arguments grouped by section, at most `limit` per section.
  private func sectionGroups(limit: Int) -> (names: [String], groups: [[String]]) {
    var bySection: [String: [String]] = [:]
    for argument in RulesData.arguments where (bySection[argument.section]?.count ?? 0) < limit {
      bySection[argument.section, default: []].append(argument.text)
    }
    let names = bySection.keys.sorted()
    return (names, names.map { bySection[$0]! })
  }

  /// A text as the first four letters of its folded words, so plural and singular match.
  private struct Stems {
    var sequence: [String]
    var set: Set<String>
    init(_ text: String) {
      sequence = FrenchText.tokens(Array(text.unicodeScalars)).map { String($0.key.prefix(4)) }
      set = Set(sequence)
    }
  }

  /// Share of texts that contain the term's words in sequence.
  private func documentRate(_ term: String, in texts: [Stems]) -> Double {
    let termWords = Stems(term).sequence
    let hits = texts.filter { text in
      guard termWords.allSatisfy(text.set.contains) else { return false }
      if termWords.count == 1 { return true }
      return (0...(text.sequence.count - termWords.count)).contains { start in
        termWords.indices.allSatisfy { text.sequence[start + $0] == termWords[$0] }
      }
    }.count
    return Double(hits) / Double(max(texts.count, 1))
  }

  @Test func termsAreMoreFrequentInTheirSectionThanElsewhere() throws {
    let (names, groups) = sectionGroups(limit: 80)
    try #require(groups.count == 18)
    let words = groups.map { $0.map(Stems.init) }
    let terms = DistinctiveTerms.top(4, forGroups: groups)
    #expect(terms.count == groups.count)
    for (index, groupTerms) in terms.enumerated() {
      #expect(groupTerms.count == 4, "\(names[index])")
      let others = words.enumerated().filter { $0.offset != index }.flatMap(\.element)
      for term in groupTerms {
        let folded = FrenchText.fold(term)
        #expect(!FrenchStopWords.words.contains(folded), "stop word « \(term) »")
        #expect(
          documentRate(term, in: words[index]) > documentRate(term, in: others),
          "« \(term) » is not typical of \(names[index])")
      }
    }
  }

  @Test func sectionTitleWordsComeFirstForClearSections() throws {
    // A section's own distinctive words are found from its arguments alone: at least half the
    // sections have one of their top three terms inside their title.
    let (names, groups) = sectionGroups(limit: 80)
    let terms = DistinctiveTerms.top(3, forGroups: groups)
    let matching = zip(names, terms).filter { name, groupTerms in
      let title = FrenchText.fold(name)
      return groupTerms.contains { title.contains(FrenchText.fold($0).prefix(6)) }
    }
    #expect(matching.count >= names.count / 2, "\(zip(names, terms).map { "\($0): \($1)" })")
  }

  @Test func deterministicWhateverTheOrderOfTexts() {
    let (_, groups) = sectionGroups(limit: 40)
    let first = DistinctiveTerms.top(6, forGroups: groups)
    let shuffled = groups.map { $0.reversed() as [String] }
    #expect(DistinctiveTerms.top(6, forGroups: shuffled) == first)
    #expect(DistinctiveTerms.top(6, forGroups: groups) == first)
  }

  @Test func pluralsFoldAndSurfaceFormsStayReadable() {
    let groups = [
      [
        "Les élèves trichent avec l'IA.", "Un élève triche pendant les évaluations.",
        "Les élèves font leurs devoirs avec l'IA.", "La triche aux évaluations augmente.",
      ],
      [
        "La cantine propose des repas bio.", "Le prix des repas de la cantine augmente.",
        "Les repas de cantine sont froids.",
      ],
    ]
    let terms = DistinctiveTerms.top(5, forGroups: groups)
    let folded = terms[0].map(FrenchText.fold)
    // « élèves » and « élève » are one term, written with its accents.
    #expect(terms[0].contains("élèves"))
    #expect(!folded.contains("eleve") || !folded.contains("eleves"))
    #expect(terms[1].contains("cantine") || terms[1].contains("repas"))
    // Groups with no text or a single text do not break.
    #expect(DistinctiveTerms.top(3, forGroups: [[], ["Un seul texte sur la cantine scolaire."]])[0].isEmpty)
    #expect(DistinctiveTerms.top(0, forGroups: groups) == [[], []])
  }

  /// Labels name things: the verbs, adverbs and subject-verb pairs a group repeats (« je teste
  /// prudemment », « les élèves apprennent ») give way to its noun phrases, while nouns in
  /// « -ment » (« l'enseignement ») stay.
  @Test func labelsAreNounPhrasesNotVerbsOrAdverbs() {
    let groups = [
      [
        "Je teste prudemment, sans données personnelles d'élèves.",
        "Je teste prudemment les outils, les données personnelles restent sensibles.",
        "On teste prudemment mais les données personnelles des élèves posent question.",
        "Les élèves apprennent vite mais les données personnelles inquiètent.",
        "Les élèves apprennent seuls ; la charte nationale protège les données personnelles.",
        "La charte nationale ne suffit pas, je teste prudemment.",
        "La charte nationale manque de clarté pour l'enseignement.",
        "L'enseignement change, la charte nationale aussi.",
      ],
      [
        "La cantine propose des repas bio.", "Le prix des repas de la cantine augmente.",
        "Les repas de cantine sont froids.", "Les élèves mangent mal à la cantine.",
      ],
    ]
    let label = DistinctiveTerms.labels(forGroups: groups)[0]
    #expect(label.hasPrefix("Données personnelles"), "\(label)")
    #expect(label.contains("charte nationale"), "\(label)")
    for verbOrAdverb in ["teste", "prudemment", "apprennent"] {
      #expect(!label.contains(verbOrAdverb), "\(label)")
    }
    let terms = DistinctiveTerms.scoredTop(6, forGroups: groups)[0]
    #expect(terms.contains { $0.text == "enseignement" && $0.namesSomething }, "\(terms.map(\.text))")
    #expect(terms.contains { $0.text.hasPrefix("teste") && !$0.namesSomething }, "\(terms.map(\.text))")
  }

  /// A word of the question alone never names a theme: every answer speaks of it.
  @Test func labelsLeaveOutTheQuestionsWords() {
    let groups = [
      [
        "L'IA aide à préparer des fiches de révision.", "Des fiches de révision faites avec l'IA.",
        "Les fiches générées par l'IA sont utiles.", "L'IA, pour les fiches, c'est rapide.",
      ],
      [
        "Les écrans fatiguent les élèves.", "Trop d'écrans en classe.", "Les écrans partout, même à l'école.",
        "Moins d'écrans pour les enfants.",
      ],
    ]
    let question = "Que pensez-vous de l'usage de l'IA dans les établissements scolaires ?"
    let before = DistinctiveTerms.labels(forGroups: groups)[0]
    let after = DistinctiveTerms.labels(forGroups: groups, excludingWordsOf: question)[0]
    let words = { (label: String) in Set(label.split { !$0.isLetter }.map(String.init)) }
    #expect(words(before).contains("IA"), "the word is distinctive here: \(before)")
    #expect(!words(after).contains("IA"), "\(after)")
    #expect(after.localizedCaseInsensitiveContains("fiches"), "\(after)")
  }

  @Test func labelsReadAsFrench() {
    #expect(
      DistinctiveTerms.label(from: ["triche", "devoirs", "évaluation", "notes"])
        == "Triche, devoirs et évaluation")
    #expect(DistinctiveTerms.label(from: ["données publiques", "CNIL"]) == "Données publiques et CNIL")
    #expect(DistinctiveTerms.label(from: ["IA"]) == "IA")
    #expect(DistinctiveTerms.label(from: ["élèves", "Élèves", "cantine"]) == "Élèves et cantine")
    #expect(DistinctiveTerms.label(from: []) == "Thème sans libellé")
  }
}
