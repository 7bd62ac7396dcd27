import ObservatoireCore

/// Every fixed label of the report, in French (default) or English.
struct Labels: Sendable {
  let language: ReportLanguage
  private var fr: Bool { language == .fr }

  var htmlLang: String { language.rawValue }
  var skipToContent: String { fr ? "Aller au contenu" : "Skip to content" }
  var skipToNavigation: String { fr ? "Aller à la navigation" : "Skip to navigation" }
  var skipToFooter: String { fr ? "Aller au pied de page" : "Skip to footer" }
  var quickAccess: String { fr ? "Accès rapide" : "Quick access" }
  /// The title of the bloc-marque's link (DSFR: « Accueil - nom du site - République française »).
  var homeTitle: String {
    fr
      ? "Accueil - Observatoire - République française" : "Home - Observatoire - République française"
  }
  var mainNavigation: String { fr ? "Navigation principale" : "Main navigation" }
  var summary: String { fr ? "Synthèse" : "Summary" }
  var method: String { fr ? "Méthode et transparence" : "Method and transparency" }
  var keyFigures: String { fr ? "Chiffres clés" : "Key figures" }
  var respondents: String { fr ? "répondants" : "respondents" }
  var respondentsTitle: String { fr ? "Répondants" : "Respondents" }
  var closedQuestions: String { fr ? "Questions fermées" : "Closed questions" }
  var openQuestions: String { fr ? "Questions ouvertes" : "Open questions" }
  /// « 1 question ouverte », « 2 questions ouvertes » for the key figures.
  func questionCount(_ count: Int, open: Bool) -> String {
    let one =
      fr ? (open ? "question ouverte" : "question fermée") : (open ? "open question" : "closed question")
    let many = (open ? openQuestions : closedQuestions).lowercased()
    return (fr ? count >= 2 : count != 1) ? many : one
  }
  var themes: String { fr ? "Thèmes" : "Themes" }
  var theme: String { fr ? "Thème" : "Theme" }
  var subThemes: String { fr ? "Sous-thèmes" : "Sub-themes" }
  var subTheme: String { fr ? "Sous-thème" : "Sub-theme" }
  var arguments: String { fr ? "Arguments" : "Arguments" }
  var argument: String { fr ? "Argument" : "Argument" }
  var globalSynthesis: String { fr ? "Synthèse globale" : "Overall summary" }
  var synthesis: String { fr ? "Synthèse" : "Summary" }
  var statement: String { fr ? "Énoncé" : "Statement" }
  var option: String { fr ? "Réponse" : "Answer" }
  var count: String { fr ? "Effectif" : "Count" }
  var share: String { fr ? "Part" : "Share" }
  /// Ranking questions: placed first, placed in the first two.
  var firstPlace: String { fr ? "en 1re place" : "ranked first" }
  var topTwo: String { fr ? "dans les 2 premiers" : "in the top two" }
  var interval: String { fr ? "Intervalle de confiance à 95 %" : "95 % confidence interval" }
  var base: String { fr ? "Base" : "Base" }
  /// One mark for every masked count, below *k* or masked by the secondary rule alike: telling
  /// them apart would narrow the first.
  var suppressed: String { fr ? "masqué" : "suppressed" }
  func suppressedLegend(_ k: String) -> String {
    fr
      ? "« masqué » : effectif inférieur à k = \(k), ou masqué pour qu'un tel effectif ne puisse pas être retrouvé par différence (voir la page Méthode)."
      : "“suppressed”: a count below k = \(k), or suppressed so that such a count cannot be worked out by subtraction (see the Method page)."
  }
  var mean: String { fr ? "Moyenne" : "Mean" }
  var median: String { fr ? "Médiane" : "Median" }
  var stanceSplit: String { fr ? "Répartition des positions" : "Stance split" }
  var stance: String { fr ? "Position" : "Stance" }
  var bySegment: String { fr ? "Répartition par segment" : "Breakdown by segment" }
  var segment: String { fr ? "Segment" : "Segment" }
  var value: String { fr ? "Valeur" : "Value" }
  var answer: String { fr ? "Réponse (masquée)" : "Answer (masked)" }
  var quote: String { fr ? "Citation" : "Quote" }
  var response: String { fr ? "Répondant" : "Response" }
  var question: String { fr ? "Question" : "Question" }
  var backToSummary: String { fr ? "Retour à la synthèse" : "Back to the summary" }
  var citedArguments: String { fr ? "arguments cités" : "cited arguments" }
  var answeredOf: String { fr ? "répondants à la question pour" : "respondents to the question out of" }
  var answeredOfTail: String { fr ? "répondants au questionnaire" : "respondents to the questionnaire" }
  var chartDescriptionPrefix: String { fr ? "Graphique en barres" : "Bar chart" }
  var stackedDescriptionPrefix: String { fr ? "Barres empilées" : "Stacked bars" }
  var dataTable: String { fr ? "Données du graphique" : "Chart data" }
  var chiSquare: String { fr ? "Test du khi-deux" : "Chi-square test" }
  var models: String { fr ? "Modèles utilisés" : "Models used" }
  var generator: String { fr ? "Modèle de génération" : "Generation model" }
  var embedder: String { fr ? "Modèle de plongement" : "Embedding model" }
  var none: String { fr ? "aucun" : "none" }
  var prompts: String { fr ? "Versions des consignes (prompts)" : "Prompt versions" }
  var parameters: String { fr ? "Paramètres" : "Parameters" }
  var name: String { fr ? "Nom" : "Name" }
  var version: String { fr ? "Version" : "Version" }
  var usage: String { fr ? "Ressources consommées" : "Resources used" }
  var promptTokens: String { fr ? "Jetons lus" : "Prompt tokens" }
  var generatedTokens: String { fr ? "Jetons générés" : "Generated tokens" }
  var calls: String { fr ? "Appels au modèle" : "Model calls" }
  var seconds: String { fr ? "Durée des appels (s)" : "Call time (s)" }
  var cpuSeconds: String { fr ? "Temps processeur (s)" : "CPU time (s)" }
  var energy: String { fr ? "Énergie estimée (Wh, estimation)" : "Estimated energy (Wh, estimate)" }
  var privacy: String { fr ? "Protection des données" : "Data protection" }
  var masked: String { fr ? "Données personnelles masquées" : "Personal data masked" }
  var kind: String { fr ? "Type" : "Kind" }
  var threshold: String { fr ? "Seuil de publication k" : "Publication threshold k" }
  /// What the method page says is masked, at which *k* (one paragraph per item).
  func thresholdExplanation(_ k: String) -> [String] {
    fr
      ? [
        "Tout effectif de répondants non nul et inférieur à \(k) est masqué (« masqué ») dans les pages, les tableaux, les graphiques et les exports (Markdown, JSON, ODS, CSV) : réponses aux questions fermées et leurs croisements par segment, nombre de répondants de chaque thème et sous-thème, répartition de ces répondants par position et par segment. Un effectif nul est publié.",
        "Un thème ou sous-thème de moins de \(k) répondants ne publie aucun de ses effectifs : ni ses répondants, ni ses arguments, ni ses positions, ni ses segments. Il reste présenté, avec sa synthèse et ses citations.",
        "Quand une série d'effectifs s'additionne en un total publié (les positions d'un thème, les réponses d'une question à choix unique, les lignes et colonnes d'un croisement, les valeurs d'un segment, les arguments des thèmes), un effectif masqué seul dans sa série pourrait être retrouvé par différence : le plus petit autre effectif non nul de la série est alors masqué aussi, jusqu'à ce qu'aucune série ne compte un seul effectif masqué. Les deux sont signalés de la même façon.",
        "Les totaux (répondants au questionnaire, répondants à une question) sont publiés. Une question fermée à laquelle moins de \(k) personnes ont répondu n'a aucun effectif, ni moyenne, ni médiane publiés. Les synthèses sont écrites à partir des seuls effectifs publiés.",
        "Les pages de thème citent les réponses elles-mêmes, données personnelles masquées : le seuil k porte sur les effectifs publiés, non sur ces citations.",
      ]
      : [
        "Any non-zero count of respondents below \(k) is suppressed (“suppressed”) in the pages, tables, charts and exports (Markdown, JSON, ODS, CSV): answers to closed questions and their breakdowns by segment, the respondents of each theme and sub-theme, and their split by stance and by segment. A count of zero is published.",
        "A theme or sub-theme of fewer than \(k) respondents publishes none of its counts: neither its respondents, nor its arguments, stances or segments. It is still shown, with its summary and quotes.",
        "Where counts add up to a published total (a theme's stances, the answers to a single-choice question, the rows and columns of a breakdown, the values of a segment, the themes' arguments), a count suppressed alone in its series could be worked out by subtraction: the smallest other non-zero count of the series is then suppressed too, until no series holds a single suppressed count. Both are marked the same way.",
        "Totals (respondents to the questionnaire, to a question) are published. A closed question answered by fewer than \(k) people has no count, mean or median published. Summaries are written from the published counts only.",
        "Theme pages quote the answers themselves, with personal data masked: the threshold k applies to published counts, not to these quotes.",
      ]
  }
  var originalsKept: String { fr ? "Textes originaux conservés" : "Original texts kept" }
  var yes: String { fr ? "oui" : "yes" }
  var no: String { fr ? "non" : "no" }
  var validations: String { fr ? "Validations par les analystes" : "Analyst validations" }
  var analyst: String { fr ? "Analyste" : "Analyst" }
  var date: String { fr ? "Date" : "Date" }
  var note: String { fr ? "Note" : "Note" }
  var handCodedCheck: String {
    fr ? "Contrôle sur un échantillon codé à la main" : "Check against a hand-coded sample"
  }
  var handCodedCheckIntro: String {
    fr
      ? "Une personne a tiré au sort des réponses et leur a attribué les thèmes qu'elles expriment, sans voir le choix de la machine. La personne est la référence : la précision est la part des réponses classées dans un thème par la machine que la personne y a mises aussi, le rappel la part des réponses mises dans un thème par la personne que la machine y a trouvées ; le κ de Cohen mesure l'accord au-delà du hasard, avec son intervalle de confiance à 95 %."
      : "A person drew responses at random and gave each the themes it expresses, without seeing the machine's choice. The person is the reference: precision is the share of the responses the machine put in a theme that the person put there too, recall the share of the responses the person put in a theme that the machine found; Cohen's κ measures agreement beyond chance, with its 95 % confidence interval."
  }
  var noHandCodedCheck: String {
    fr
      ? "Aucun échantillon n'a encore été entièrement codé à la main : l'accord de la machine avec une personne n'est pas mesuré."
      : "No sample has been fully coded by hand yet: the machine's agreement with a person is not measured."
  }
  var precision: String { fr ? "Précision" : "Precision" }
  var recall: String { fr ? "Rappel" : "Recall" }
  var kappa: String { fr ? "κ de Cohen" : "Cohen's κ" }
  var interval95: String { fr ? "Intervalle à 95 %" : "95 % interval" }
  var agreementState: String { fr ? "État" : "Status" }
  func agreementStatus(needsReview: Bool) -> String {
    switch (fr, needsReview) {
    case (true, true): "à revoir"
    case (true, false): "accord suffisant"
    case (false, true): "to review"
    case (false, false): "sufficient agreement"
    }
  }
  func overallKappa(value: String, interval: String) -> String {
    fr ? "κ global \(value) (\(interval))" : "overall κ \(value) (\(interval))"
  }
  func handCodedCheckSummary(
    question: String, coder: String, responses: Int, overall: String?, threshold: String, toReview: Int
  ) -> String {
    let overallText = overall ?? (fr ? "κ global indéfini" : "overall κ undefined")
    return fr
      ? "« \(question) » : \(responses) réponses codées par « \(coder) » ; \(overallText) ; \(toReview) thème\(toReview > 1 ? "s" : "") sous le seuil κ de \(threshold), marqué\(toReview > 1 ? "s" : "") « à revoir »."
      : "“\(question)”: \(responses) responses coded by “\(coder)”; \(overallText); \(toReview) theme\(toReview == 1 ? "" : "s") below the κ threshold of \(threshold), marked “to review”."
  }
  func handCodedCheckCaption(question: String) -> String {
    fr ? "Accord par thème — \(question)" : "Agreement per theme — \(question)"
  }
  var notValidated: String { fr ? "Aucun thème n'a encore été validé." : "No theme has been validated yet." }
  var reviewJournal: String { fr ? "Journal des révisions" : "Review log" }
  var reviewJournalIntro: String {
    fr
      ? "Chaque changement fait par un relecteur après l'analyse (intitulés, énoncés, synthèses, fusions, scissions, déplacements, validations), avec son auteur et sa date, du plus ancien au plus récent."
      : "Every change a reviewer made after the analysis (labels, statements, summaries, merges, splits, moves, validations), with its author and date, oldest first."
  }
  var noReview: String { fr ? "Aucune révision pour l'instant." : "No review yet." }
  var reviewer: String { fr ? "Qui" : "Who" }
  var reviewAction: String { fr ? "Action" : "Action" }
  var reviewChange: String { fr ? "Avant → après" : "Before → after" }
  var software: String { fr ? "Logiciel" : "Software" }
  var period: String { fr ? "Période d'analyse" : "Analysis period" }
  var source: String { fr ? "Source" : "Source" }
  var droppedSentences: String {
    fr
      ? "phrases écartées faute de citation vérifiable, ou parce qu'elles recopiaient un thème"
      : "sentences dropped for lack of a verifiable citation, or because they copied a theme"
  }
  var runChecks: String { fr ? "Contrôles de l'analyse" : "Analysis checks" }
  var runChecksIntro: String {
    fr
      ? "Ce que l'analyse a compté pour chaque question : les réponses qui n'ont pas été envoyées au modèle, ce que le modèle n'a pas su faire et ce qui a été repris par les règles, les phrases et citations écartées faute de fonder ce qu'elles disent."
      : "What the analysis counted for each question: the answers not sent to the model, what the model could not do and what the rules took over, the sentences and citations dropped for not supporting what they say."
  }
  /// The counters of `PipelineChecks`, in the order a reader follows the method.
  static let runCounterOrder = [
    "nonAnswers", "shortAnswers", "modelAnswers", "answersWithoutArgument", "ruleFallbackAnswers",
    "extractionRetries", "droppedArguments", "repointedCopies", "completedCopies", "unfaithfulReformulations",
    "ruleFallbackThemes", "synthesisRetries", "replacedStatements", "balancedSyntheses", "droppedSentences",
    "unsupportedCitations", "repointedSentences",
  ]
  func runCounter(_ name: String) -> String {
    switch name {
    case "nonAnswers":
      fr
        ? "Réponses vides ou sans contenu (« rien », « RAS », « / »), jamais envoyées au modèle"
        : "Empty answers and non-answers, never sent to the model"
    case "shortAnswers":
      fr
        ? "Réponses d'un seul segment court : le segment est l'argument, sans appel au modèle"
        : "One short segment: the segment is the argument, no model call"
    case "modelAnswers": fr ? "Réponses envoyées au modèle" : "Answers sent to the model"
    case "answersWithoutArgument":
      fr ? "Réponses où le modèle n'a trouvé aucun argument" : "Answers the model found no argument in"
    case "ruleFallbackAnswers":
      fr
        ? "Réponses découpées par les règles, faute de sortie utilisable du modèle"
        : "Answers cut by the rules, the model's output being unusable"
    case "extractionRetries":
      fr ? "Extractions demandées une seconde fois" : "Extractions asked a second time"
    case "droppedArguments":
      fr
        ? "Arguments du modèle écartés (segments hors de la réponse)"
        : "Model arguments dropped (segments outside the answer)"
    case "repointedCopies":
      fr
        ? "Idées recopiées d'autres segments, rattachées aux segments qu'elles recopient"
        : "Ideas copied from other segments, moved onto the segments they copy"
    case "completedCopies":
      fr
        ? "Idées coupées ou altérées, remplacées par les mots de la réponse"
        : "Cut or garbled ideas, replaced by the answer's words"
    case "unfaithfulReformulations":
      fr
        ? "Reformulations infidèles à leurs segments, remplacées par les mots de la réponse"
        : "Reformulations unfaithful to their segments, replaced by the answer's words"
    case "ruleFallbackThemes":
      fr
        ? "Thèmes et sous-thèmes synthétisés par les règles, faute de synthèse du modèle"
        : "Themes and sub-themes summarised by the rules, the model's failing"
    case "synthesisRetries": fr ? "Synthèses demandées une seconde fois" : "Summaries asked a second time"
    case "replacedStatements":
      fr
        ? "Énoncés de thème éloignés de leurs arguments, remplacés par une phrase gardée"
        : "Theme statements far from their arguments, replaced by a kept sentence"
    case "balancedSyntheses":
      fr
        ? "Synthèses de thèmes partagés complétées par une phrase de l'autre avis"
        : "Summaries of split themes given a sentence of the other side"
    case "droppedSentences":
      fr
        ? "Phrases de synthèse écartées faute de citation qui les fonde"
        : "Summary sentences dropped for want of a supporting citation"
    case "unsupportedCitations":
      fr
        ? "Citations retirées car elles ne fondaient pas leur phrase"
        : "Citations removed for not supporting their sentence"
    case "repointedSentences":
      fr
        ? "Phrases de synthèse qu'aucune de leurs citations ne fondait, citées par les arguments du thème qui les fondent"
        : "Summary sentences none of whose citations supported them, cited by the theme's arguments that do"
    default: name
    }
  }
  /// An analysis's counters as (label, value), in `runCounterOrder`, unknown names last.
  func runCounterRows(_ counters: [String: Int]) -> [(String, String)] {
    let known = Self.runCounterOrder.filter { counters[$0] != nil }
    let others = counters.keys.filter { !Self.runCounterOrder.contains($0) }.sorted()
    return (known + others).map { (runCounter($0), String(counters[$0] ?? 0)) }
  }
  var splitThemes: String {
    fr
      ? "Dans un thème partagé (au moins trois arguments favorables et trois défavorables, chaque avis au moins moitié moins nombreux que l'autre), un intitulé ou un énoncé qui ne dit qu'un avis est remplacé par les mots les plus fréquents de chacun, et une synthèse qui ne cite qu'un avis reçoit une phrase de l'autre, reprise des réponses et citée."
      : "In a split theme (at least three arguments for and three against, each side at least half the other), a label or statement that states one side only is replaced by each side's commonest words, and a synthesis that cites one side only is given a sentence of the other, taken from the answers and cited."
  }
  var methodIntro: String {
    fr
      ? "Ce rapport a été produit localement par Observatoire. Les réponses sont citées après masquage des données personnelles ; chaque phrase de synthèse renvoie aux arguments qui la fondent."
      : "This report was produced locally by Observatoire. Answers are quoted after masking personal data; every summary sentence links to the arguments it rests on."
  }
  var footer: String {
    fr
      ? "Rapport produit par Observatoire, hors ligne : statistiques des questions fermées, thèmes et synthèses des réponses libres, chaque phrase reliée aux réponses citées après masquage des données personnelles."
      : "Report produced offline by Observatoire: statistics of the closed questions, themes and summaries of the free-text answers, each sentence linked to the answers it quotes, with personal data masked."
  }
  var otherTheme: String { fr ? "Autres" : "Other" }
  var noAnalysis: String {
    fr
      ? "Aucune analyse des réponses libres dans ce projet : lancez « observatoire analyse » pour en produire une."
      : "No analysis of the free-text answers in this project: run “observatoire analyse” to produce one."
  }
  var dsfrMissingWarning: String {
    fr
      ? "Attention : fichiers du Système de design de l'État introuvables (Public/dsfr ou OBSERVATOIRE_DSFR) ; le rapport utilise une feuille de style simplifiée."
      : "Warning: State design system files not found (Public/dsfr or OBSERVATOIRE_DSFR); the report uses a simplified stylesheet."
  }

  /// The fixed labels templates read as `{{t.name}}`, in this language.
  var templateTexts: [String: String] { fr ? Self.frenchTexts : Self.englishTexts }
  private static let frenchTexts = Labels(language: .fr).makeTemplateTexts()
  private static let englishTexts = Labels(language: .en).makeTemplateTexts()

  private func makeTemplateTexts() -> [String: String] {
    [
      "skipToContent": skipToContent, "skipToNavigation": skipToNavigation, "skipToFooter": skipToFooter,
      "quickAccess": quickAccess, "homeTitle": homeTitle, "mainNavigation": mainNavigation,
      "footer": footer, "summary": summary, "method": method, "keyFigures": keyFigures,
      "respondents": respondents, "respondentsTitle": respondentsTitle,
      "closedQuestions": closedQuestions, "openQuestions": openQuestions, "themes": themes,
      "themesLower": themes.lowercased(), "theme": theme, "subThemes": subThemes, "arguments": arguments,
      "argumentsLower": arguments.lowercased(), "argument": argument, "globalSynthesis": globalSynthesis,
      "synthesis": synthesis, "statement": statement, "option": option, "count": count, "share": share,
      "interval": interval, "firstPlace": firstPlace, "topTwo": topTwo, "base": base,
      "suppressed": suppressed, "mean": mean, "median": median,
      "stanceSplit": stanceSplit, "stance": stance, "bySegment": bySegment, "segment": segment,
      "value": value, "answer": answer, "response": response, "question": question,
      "backToSummary": backToSummary, "answeredOf": answeredOf, "answeredOfTail": answeredOfTail,
      "dataTable": dataTable, "chiSquare": chiSquare, "models": models, "generator": generator,
      "embedder": embedder, "none": none, "usage": usage, "privacy": privacy, "threshold": threshold,
      "originalsKept": originalsKept, "validations": validations, "analyst": analyst, "date": date,
      "note": note, "notValidated": notValidated, "software": software, "period": period,
      "source": source, "droppedSentences": droppedSentences, "splitThemes": splitThemes,
      "runChecks": runChecks, "runChecksIntro": runChecksIntro,
      "methodIntro": methodIntro,
      "noAnalysis": noAnalysis, "handCodedCheck": handCodedCheck,
      "handCodedCheckIntro": handCodedCheckIntro, "noHandCodedCheck": noHandCodedCheck,
      "precision": precision, "recall": recall, "kappa": kappa, "interval95": interval95,
      "agreementState": agreementState,
      "reviewJournal": reviewJournal, "reviewJournalIntro": reviewJournalIntro, "noReview": noReview,
      "reviewer": reviewer, "reviewAction": reviewAction, "reviewChange": reviewChange,
    ]
  }

  func stanceName(_ stance: Stance) -> String {
    switch stance {
    case .pour: fr ? "pour" : "for"
    case .contre: fr ? "contre" : "against"
    case .nuance: fr ? "nuancé" : "mixed"
    case .neutre: fr ? "neutre" : "neutral"
    }
  }

  func percent(_ value: Double?) -> String {
    guard let value else { return "–" }
    return number(value * 100, decimals: 1) + (fr ? " %" : "%")
  }

  func number(_ value: Double, decimals: Int) -> String {
    let text = String(format: "%.\(decimals)f", value)
    return fr ? text.replacingOccurrences(of: ".", with: ",") : text
  }

  /// « 17 répondants », or « effectif masqué ».
  func respondentsPhrase(_ value: Int?) -> String {
    guard let value else { return fr ? "effectif masqué" : "count suppressed" }
    return "\(value) \(respondents)"
  }

  func count(_ value: Int?) -> String {
    guard let value else { return suppressed }
    return String(value)
  }
}
