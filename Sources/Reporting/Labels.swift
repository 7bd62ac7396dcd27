import ObservatoireCore

/// Every fixed label of the report, in French (default) or English.
struct Labels: Sendable {
  let language: ReportLanguage
  private var fr: Bool { language == .fr }

  var htmlLang: String { language.rawValue }
  var skipToContent: String { fr ? "Aller au contenu" : "Skip to content" }
  var mainNavigation: String { fr ? "Navigation principale" : "Main navigation" }
  var summary: String { fr ? "Synthèse" : "Summary" }
  var method: String { fr ? "Méthode et transparence" : "Method and transparency" }
  var keyFigures: String { fr ? "Chiffres clés" : "Key figures" }
  var respondents: String { fr ? "répondants" : "respondents" }
  var respondentsTitle: String { fr ? "Répondants" : "Respondents" }
  var closedQuestions: String { fr ? "Questions fermées" : "Closed questions" }
  var openQuestions: String { fr ? "Questions ouvertes" : "Open questions" }
  var themes: String { fr ? "Thèmes" : "Themes" }
  var theme: String { fr ? "Thème" : "Theme" }
  var subThemes: String { fr ? "Sous-thèmes" : "Sub-themes" }
  var arguments: String { fr ? "Arguments" : "Arguments" }
  var argument: String { fr ? "Argument" : "Argument" }
  var globalSynthesis: String { fr ? "Synthèse globale" : "Overall summary" }
  var synthesis: String { fr ? "Synthèse" : "Summary" }
  var statement: String { fr ? "Énoncé" : "Statement" }
  var option: String { fr ? "Réponse" : "Answer" }
  var count: String { fr ? "Effectif" : "Count" }
  var share: String { fr ? "Part" : "Share" }
  var interval: String { fr ? "Intervalle de confiance à 95 %" : "95 % confidence interval" }
  var base: String { fr ? "Base" : "Base" }
  var suppressed: String { fr ? "masqué (< k)" : "suppressed (< k)" }
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
  var thresholdExplanation: String {
    fr
      ? "Tout effectif inférieur à k est masqué dans les tableaux, graphiques et exports."
      : "Any count below k is suppressed from tables, charts and exports."
  }
  var originalsKept: String { fr ? "Textes originaux conservés" : "Original texts kept" }
  var yes: String { fr ? "oui" : "yes" }
  var no: String { fr ? "non" : "no" }
  var validations: String { fr ? "Validations par les analystes" : "Analyst validations" }
  var analyst: String { fr ? "Analyste" : "Analyst" }
  var date: String { fr ? "Date" : "Date" }
  var note: String { fr ? "Note" : "Note" }
  var notValidated: String { fr ? "Aucun thème n'a encore été validé." : "No theme has been validated yet." }
  var software: String { fr ? "Logiciel" : "Software" }
  var period: String { fr ? "Période d'analyse" : "Analysis period" }
  var source: String { fr ? "Source" : "Source" }
  var droppedSentences: String {
    fr
      ? "phrases écartées faute de citation vérifiable"
      : "sentences dropped for lack of a verifiable citation"
  }
  var methodIntro: String {
    fr
      ? "Ce rapport a été produit localement par Observatoire. Les réponses sont citées après masquage des données personnelles ; chaque phrase de synthèse renvoie aux arguments qui la fondent."
      : "This report was produced locally by Observatoire. Answers are quoted after masking personal data; every summary sentence links to the arguments it rests on."
  }
  var footer: String {
    fr ? "Rapport produit par Observatoire, hors ligne." : "Report produced offline by Observatoire."
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

  func count(_ value: Int?) -> String {
    guard let value else { return suppressed }
    return String(value)
  }
}
