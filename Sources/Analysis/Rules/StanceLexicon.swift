import ObservatoireCore

/// Stance of a French clause from cue words, without a model.
///
/// Cues are general French evaluative words (not tuned on any consultation): favourable ones
/// (« utile », « gain de temps », « progrès »…), unfavourable ones (« danger », « risque »,
/// « triche »…), concessions that make a clause nuanced on their own (« à condition que »,
/// « à encadrer », « avec prudence »…) and contrasts (« mais », « cependant »…) that make it
/// nuanced when both sides are present. A negation (« ne … pas », « sans », « aucun »…) in the
/// three words before a cue turns it to the other side.
public enum StanceLexicon {
  /// pour / contre / nuancé / neutre from French cue words, negation and concession.
  public static func stance(of text: String) -> Stance {
    let score = score(of: text)
    return score.stance
  }

  /// The cue counts behind a stance.
  public struct Score: Sendable, Hashable {
    public var pour: Double = 0
    public var contre: Double = 0
    /// « à condition que », « avec prudence »…: nuanced even with one side.
    public var concessions = 0
    /// « mais », « cependant »… inside the clause: nuanced when both sides are present.
    public var contrasts = 0

    public var stance: Stance {
      if pour == 0 && contre == 0 { return concessions > 0 ? .nuance : .neutre }
      if pour > 0 && contre > 0 {
        // One side clearly dominating a long argument still gives that side.
        if contrasts == 0 && concessions == 0 {
          if pour >= 2 * contre + 1 { return .pour }
          if contre >= 2 * pour + 1 { return .contre }
        }
        return .nuance
      }
      if concessions > 0 { return .nuance }
      return pour > 0 ? .pour : .contre
    }
  }

  public static func score(of text: String) -> Score {
    let scalars = Array(text.unicodeScalars)
    let keys = FrenchText.tokens(scalars).map(\.key)
    var score = Score()
    // « ni enthousiasme ni rejet », « ni pour ni contre »: a balance, not a negated side.
    let balanced = keys.count { $0 == "ni" } >= 2
    var index = 0
    while index < keys.count {
      guard let (cue, length) = lexicon.longestMatch(keys, at: index) else {
        index += 1
        continue
      }
      switch cue.kind {
      case .pour, .contre:
        if balanced, index > 0, keys[index - 1] == "ni" {
          score.concessions += 1
          break
        }
        // « Je ne l'envisage pas pour l'instant »: a cue that is itself a negation is not turned back.
        let negated = !negators.contains(cue.words[0]) && isNegated(keys, before: index)
        let favourable = (cue.kind == .pour) != negated
        if favourable { score.pour += cue.weight } else { score.contre += cue.weight }
      case .concession:
        score.concessions += 1
      case .contrast:
        // A clause opening with « mais » is the contrasting half itself, not a nuance.
        if index > 0 { score.contrasts += 1 }
      }
      index += length
    }
    return score
  }

  private static let negators: Set<String> = [
    "pas", "jamais", "aucun", "aucune", "sans", "guere", "nullement", "ni", "rien", "ne", "n",
    "non", "peu",
  ]

  private static func isNegated(_ keys: [String], before index: Int) -> Bool {
    let window = max(0, index - 3)..<index
    return window.contains { negators.contains(keys[$0]) }
  }

  // MARK: - Lexicon

  enum CueKind: Sendable { case pour, contre, concession, contrast }

  struct Cue: Sendable {
    /// Folded words; one ending in « * » matches any word starting with it.
    var words: [String]
    var kind: CueKind
    var weight: Double
  }

  /// Written folded (no accents, lower case). « * » marks a stem.
  static let pourCues = """
    utile utiles utilite aide aident aider aidera aiderait aideront aidant interessant*
    gain*_de_temps gagner_du_temps fait_gagner opportunit* favorable favorables
    progres efficac* efficien* facilit* indispensable* enrichi* enrichissant* benefique*
    avantage* positif positive positifs positives positivement amelior* permet permettent permettra permettrait permettre
    permettront pertinent* necessaire* essentiel* bonne_idee bonne_chose bonne_initiative
    bonne_mesure excellent* soutien soutiens soutient soutenir soutenons salu* bienvenu*
    favoris* renforc* simplifi* innov* motiv* ludique* approuv* d_accord je_suis_pour
    nous_sommes_pour encourag* valoris* precieu* formidable* genial* bravo souhaitable*
    reussi* succes atout* une_chance clarifi* personnalis* stimul* epanou* autonomi*
    emancip* constructi* judicieu* louable* bon_sens plus_value
    va_dans_le_bon_sens adhere* satisf* equitable*
    """
  static let contreCues = """
    danger* risqu* trich* dependan* inquiet* interdi* nefaste* paress* perte pertes perdre perd
    perdent perdu* menac* cout couts couteu* trop_cher* probleme* problematique* inutil* nuisi*
    nuire nuit_a mauvais* grave* abus* abusi* derapage* atteinte_a* porter_atteinte porte_atteinte
    contraire* oppose opposes opposee opposees opposent opposons opposition je_suis_contre nous_sommes_contre desaccord inacceptable* inadmissible*
    insuffisan* flou* injust* isol* surveill* manipul* erreur* biais* fraud* plagi* appauvri*
    deterior* degrad* frein* entrave* empech* complique* complexit* lourd* crain* peur*
    regrett* deplor* dommage* absurde* aberra* excessi* detrui* destruct* catastroph* pire
    inefficace* impossible* difficile* illegal* illicite* inconstitutionnel*
    ambigu* imprecis* confus* defavorable* prejudic* penalis* manque* inegalit* fracture*
    addict* desinform* intrusi* espion* nocif* toxique* alarm* deshumanis* uniformis*
    refus* rejet* rejeter* contest* pas_pour_l_instant pas_pour_le_moment prematur*
    """
  static let concessionCues = """
    a_condition a_conditions sous_reserve sous_reserves a_encadrer encadr* avec_prudence
    prudence prudent* vigilan* certes meme_si bien_que bien_qu dans_une_certaine_mesure
    avec_moderation nuanc* a_double_tranchant attention_a attention_aux ca_depend cela_depend
    tout_depend selon_les_cas a_la_fois precaution* garde_fou* garde_fous moderement
    raisonnable* dans_la_mesure_ou pourvu_que a_condition_que seulement_si uniquement_si
    """
  static let contrastCues = """
    mais cependant toutefois neanmoins en_revanche par_contre pourtant si s_il s_ils sauf
    """

  static let lexicon: CueLexicon = {
    var cues: [Cue] = []
    func add(_ list: String, _ kind: CueKind) {
      for entry in list.split(whereSeparator: \.isWhitespace) {
        let words = entry.split(separator: "_").map(String.init)
        let weight: Double = words.first == "je" || words.first == "nous" ? 2 : 1
        cues.append(Cue(words: words, kind: kind, weight: weight))
      }
    }
    add(pourCues, .pour)
    add(contreCues, .contre)
    add(concessionCues, .concession)
    add(contrastCues, .contrast)
    return CueLexicon(cues)
  }()
}

/// Finds the longest cue starting at a word, by exact word or by stem.
///
/// A byte trie over the folded first words: walking a word collects the stems it starts with
/// on the way and the exact entries at its end, without building substrings.
struct CueLexicon: Sendable {
  private struct Node: Sendable {
    var stemCues: [Int] = []
    var exactCues: [Int] = []
  }

  private var nodes = [Node()]
  /// `children[node * 256 + byte]`: the child node, or 0 for none (the root is no one's child).
  private var children = [Int32](repeating: 0, count: 256)
  private var cues: [StanceLexicon.Cue] = []

  init(_ cues: [StanceLexicon.Cue]) {
    self.cues = cues
    for (cueIndex, cue) in cues.enumerated() {
      let first = cue.words[0]
      let isStem = first.hasSuffix("*")
      var node = 0
      for byte in (isStem ? String(first.dropLast()) : first).utf8 {
        let slot = node * 256 + Int(byte)
        if children[slot] != 0 {
          node = Int(children[slot])
        } else {
          nodes.append(Node())
          children.append(contentsOf: repeatElement(0, count: 256))
          children[slot] = Int32(nodes.count - 1)
          node = nodes.count - 1
        }
      }
      if isStem { nodes[node].stemCues.append(cueIndex) } else { nodes[node].exactCues.append(cueIndex) }
    }
  }

  static func wordMatches(_ pattern: String, _ key: String) -> Bool {
    pattern.hasSuffix("*") ? key.hasPrefix(pattern.dropLast()) : key == pattern
  }

  func longestMatch(_ keys: [String], at index: Int) -> (StanceLexicon.Cue, Int)? {
    var candidates: [Int] = []
    var node = 0
    var complete = true
    for byte in keys[index].utf8 {
      candidates.append(contentsOf: nodes[node].stemCues)
      let child = Int(children[node * 256 + Int(byte)])
      guard child != 0 else {
        complete = false
        break
      }
      node = child
    }
    if complete {
      candidates.append(contentsOf: nodes[node].stemCues)
      candidates.append(contentsOf: nodes[node].exactCues)
    }
    var best: (StanceLexicon.Cue, Int)?
    for cueIndex in candidates {
      let cue = cues[cueIndex]
      guard index + cue.words.count <= keys.count, cue.words.count > (best?.1 ?? 0) else { continue }
      let matched = cue.words.indices.dropFirst().allSatisfy {
        Self.wordMatches(cue.words[$0], keys[index + $0])
      }
      if matched { best = (cue, cue.words.count) }
    }
    return best
  }
}
