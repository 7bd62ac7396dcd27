import Analysis
import ArgumentParser
import Foundation
import ObservatoireApp
import ObservatoireCore
import Privacy
import Reporting

struct AnalyseCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyse",
    abstract: "Analyse les réponses libres : arguments, thèmes, synthèses citées, décomptes.",
    discussion: """
      Suit la méthode de l'inspection générale, entièrement sur cette machine :
        1. chaque réponse (données personnelles masquées) est découpée en
           segments numérotés ; le modèle de langue en relève les idées, chacune
           reformulée et rattachée aux numéros des segments qui l'expriment (la
           citation est donc exacte). Les non-réponses (« rien », « RAS ») et les
           réponses d'un seul segment court ne passent pas par le modèle ;
        2. chaque argument est plongé (multilingual-e5) ;
        3. les arguments sont regroupés en thèmes et sous-thèmes, avec un
           groupe « Autres » ;
        4. chaque thème et sous-thème reçoit un intitulé et une synthèse dont
           chaque phrase cite les arguments qui la soutiennent (vérifié) ;
        5. une synthèse d'ensemble (atouts, risques, conditions) cite à son tour
           les thèmes.
      Les répondants sont comptés par thème (une fois chacun), par position et
      par segment ; tout effectif inférieur à k est masqué.

      Chaque étape est mise en cache dans le projet : relancer la commande ne
      refait que ce qui manque ou ce qui dépend d'un réglage changé. Une
      interruption ne perd que le travail en cours.

      Durée : voir docs/benchmarks/pipeline.md. Avec le modèle par défaut sur
      2 cœurs libres, l'exemple fourni (262 réponses) prend environ 7 minutes ;
      --extraction regles garde le découpage par règles et confie au modèle les
      seuls intitulés et synthèses (plus rapide) ; --no-llm se passe de modèle
      (quelques secondes). Pour une grande consultation, confiez le modèle à un
      serveur (--generator URL, --concurrency N).

      Exemples :
        observatoire analyse examples/enseignants-ia.csv --no-llm
        observatoire analyse enseignants-ia.observatoire --question Q5
        observatoire analyse export.csv --generator http://127.0.0.1:8080 \\
          --json > resultats.json
      """
  )

  @ArgumentParser.Argument(
    help: "Un export à importer (.csv, .tsv, .xlsx, .ods) ou un projet .observatoire déjà importé.")
  var source: String

  @Option(
    help: "Fichier projet à créer ou réutiliser quand SOURCE est un export (par défaut : <nom>.observatoire)."
  )
  var project: String?

  @Option(help: "Fichier de correspondance YAML pour l'import (voir « observatoire import --help »).")
  var mapping: String?

  @Option(help: "Feuille à lire quand SOURCE est un classeur (XLSX, ODS).")
  var sheet: String?

  @Option(
    name: .customLong("question"),
    help: ArgumentHelp(
      "Question à analyser (code, par ex. Q5) ; répétable. Par défaut : toutes les questions libres.",
      valueName: "code"))
  var questions: [String] = []

  @OptionGroup var models: ModelOptions

  @Flag(
    name: .customLong("no-llm"),
    help: "Sans modèle de langue : découpage en propositions par règles, intitulés par termes distinctifs.")
  var noLLM = false

  @Option(
    help: ArgumentHelp(
      "Découpage des réponses en arguments : « modele » (le modèle relève et reformule les idées) ou « regles » (découpage en propositions, le modèle n'écrit que les intitulés et synthèses).",
      valueName: "modele|regles"))
  var extraction: ExtractionMode = .modele

  @Option(
    help: ArgumentHelp(
      "Une réponse d'un seul segment d'au plus N mots est prise telle quelle, sans appel au modèle (0 : toujours le modèle).",
      valueName: "N"))
  var shortAnswerWords: Int = SegmentPointingExtractor.defaultShortAnswerWords

  @Option(
    help: ArgumentHelp(
      "Ce qu'est la consultation et qui y a répondu, donné au modèle avec la question (par ex. « Enquête auprès des enseignants du second degré, 2025 »).",
      valueName: "texte"))
  var contexte: String?

  @Option(help: "Graine : même graine, mêmes données, mêmes thèmes.")
  var seed: UInt64 = 42

  @OptionGroup var smallCells: SmallCellOptions

  @Option(help: "Dossier du rapport HTML (par défaut : <projet>-rapport).")
  var out: String?

  @OptionGroup var reportFormat: ReportFormatOption

  @Flag(
    name: .customLong("no-report"), help: "N'écrit pas de rapport (les résultats restent dans le projet).")
  var noReport = false

  @Flag(
    name: .customLong("allow-pii"),
    help:
      "Écrit le rapport même si la vérification y trouve une donnée personnelle (journalisé ; voir « observatoire report --help »)."
  )
  var allowPII = false

  @Flag(help: "Écrit sur la sortie standard un document JSON : thèmes, affectations des réponses, étapes.")
  var json = false

  @Flag(name: .customLong("no-progress"), help: "N'affiche pas la progression.")
  var noProgress = false

  func validate() throws {
    if shortAnswerWords < 0 { throw ValidationError("--short-answer-words ne peut pas être négatif.") }
  }

  func run() async throws {
    try await exitingOnUserFacingErrors { try await analyse() }
  }

  private func say(_ text: String) {
    // With --json, standard output holds the JSON document only.
    if json {
      FileHandle.standardError.write(Data((text + "\n").utf8))
    } else {
      FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
  }

  private func analyse() async throws {
    guard FileManager.default.fileExists(atPath: source) else {
      throw CommandError("« \(source) » est introuvable.")
    }
    let projectPath: String
    if isProjectFile(source) {
      projectPath = source
    } else {
      let printer = ImportProgressPrinter()
      let imported = try await ProjectImport(
        file: source, project: project, mapping: try mapping.map(MappingFile.read), sheet: sheet
      ).run(events: printer.show)
      projectPath = imported.project
      let masked = imported.summary.maskedCounts.values.reduce(0, +)
      say(
        "Import de \(imported.outline.sourceName) : \(imported.summary.responseCount) réponses, "
          + "\(imported.outline.questions.count) questions, \(masked) données personnelles masquées → \(projectPath)"
      )
    }
    let settings = try models.settings()
    var request = AnalysisRequest(project: projectPath, models: settings)
    request.questions = questions
    request.method = noLLM ? .rules : .languageModel(extraction: extraction)
    request.shortAnswerWords = shortAnswerWords
    request.consultationDescription = contexte
    request.seed = seed
    request.minimumCellSize = smallCells.k

    let bar = ProgressBar(enabled: !noProgress)
    var finished: AnalysisOutcome?
    for try await event in AnalysisJob(request).events() {
      switch event {
      case .started: break
      case .progress(let progress): bar.update(progress)
      case .questionAnalysed(let run): say(Self.summary(run))
      case .finished(let outcome): finished = outcome
      }
    }
    guard let outcome = finished else { return }
    let usage = outcome.usage
    let joules = outcome.estimatedJoules
    say(
      "Cette exécution : \(frenchDecimal(outcome.elapsedSeconds, digits: 1)) s, "
        + frenchCount(usage.promptTokens, "jeton lu", "jetons lus") + ", "
        + frenchCount(usage.generatedTokens, "jeton généré", "jetons générés")
        + ", énergie estimée \(frenchDecimal(joules, digits: 0)) J (\(frenchDecimal(joules / 3600)) Wh, "
        + "\(frenchDecimal(settings.wattsPerCore, digits: 0)) W par cœur occupé).")

    var reportPath: String?
    if !noReport {
      let formats = try reportFormat.formats()
      let out = self.out ?? (URL(fileURLWithPath: projectPath).deletingPathExtension().path + "-rapport")
      var export = ReportExport(report: outcome.report, formats: formats, project: projectPath)
      export.allowsPersonalData = allowPII
      let output: ReportOutput
      do {
        output = try export.write(to: URL(fileURLWithPath: out))
      } catch let error as ReportError {
        guard case .personalDataFound = error else { throw error }
        throw CommandError(
          error.messageFR
            + " Les résultats restent dans le projet. Corrigez la source, ou relancez avec --allow-pii pour écrire quand même (journalisé)."
        )
      }
      for warning in output.warnings { printWarning(warning) }
      reportPath = out
      say("Rapport : \(out)/\(formats.contains(.html) ? "index.html" : "")")
    }
    if json {
      print(
        try AnalysisJSON.document(
          runs: outcome.runs, report: outcome.report, project: projectPath, reportPath: reportPath))
    }
  }

  static func summary(_ run: PipelineRun) -> String {
    let analysis = run.analysis
    let themes = analysis.topLevelThemes.filter { !$0.isOther }
    let coverage = run.publishedCoverage.map { "\(String(format: "%.0f", 100 * $0)) %" } ?? "masquée"
    var lines = [
      "",
      "\(analysis.questionID) — \(analysis.title)",
      "  \(analysis.answered) réponses, \(analysis.arguments.count) arguments, \(themes.count) thèmes "
        + "(\(analysis.themes.count { $0.parentID != nil && !$0.isOther }) sous-thèmes), couverture \(coverage).",
    ]
    let published = run.publishedCounts
    for theme in themes.sorted(by: { $0.respondents > $1.respondents }).prefix(10) {
      let counts = published[theme.id] ?? .masked(question: analysis.questionID, theme: theme.id)
      guard let share = counts.share(of: analysis.answered) else {
        lines.append(
          "  • \(theme.label) : \(SmallCellPolicy.respondentsFR(nil)) (k = \(run.smallCells.minimumCellSize))"
        )
        continue
      }
      let stance = Stance.allCases.map { kind in
        "\(kind.rawValue) \(counts.stance[kind].map(String.init) ?? "masqué")"
      }
      lines.append(
        "  • \(theme.label) : \(SmallCellPolicy.respondentsFR(counts.respondents)) "
          + "(\(String(format: "%.0f", 100 * share)) %) — " + stance.joined(separator: ", "))
    }
    if themes.count > 10 {
      lines.append("  … et " + frenchCount(themes.count - 10, "autre thème", "autres thèmes") + ".")
    }
    let stages = PipelineStage.allCases.compactMap { stage in
      run.stages[stage].map {
        "\(stage.labelFR.lowercased()) \(frenchCount($0.computed, "calculé", "calculés")) / \($0.cached) en cache"
      }
    }
    lines.append("  Étapes : " + stages.joined(separator: " ; ") + ".")
    let checks = run.checks
    var routes: [String] = []
    if checks.nonAnswers > 0 {
      routes.append(frenchCount(checks.nonAnswers, "non-réponse écartée", "non-réponses écartées"))
    }
    if checks.shortAnswers > 0 {
      routes.append(
        frenchCount(
          checks.shortAnswers, "réponse courte prise telle quelle", "réponses courtes prises telles quelles"))
    }
    if checks.modelAnswers > 0 {
      routes.append(frenchCount(checks.modelAnswers, "réponse confiée", "réponses confiées") + " au modèle")
    }
    if !routes.isEmpty { lines.append("  Réponses : " + routes.joined(separator: " ; ") + ".") }
    var notes: [String] = []
    if checks.extractionRetries > 0 {
      notes.append(frenchCount(checks.extractionRetries, "extraction relancée", "extractions relancées"))
    }
    if checks.droppedArguments > 0 {
      notes.append(
        frenchCount(
          checks.droppedArguments, "argument aux segments invalides écarté",
          "arguments aux segments invalides écartés"))
    }
    if checks.repointedCopies > 0 {
      notes.append(
        frenchCount(
          checks.repointedCopies, "idée recopiée rattachée au segment qu'elle recopie",
          "idées recopiées rattachées aux segments qu'elles recopient"))
    }
    if checks.completedCopies > 0 {
      notes.append(
        frenchCount(
          checks.completedCopies, "idée recopiée coupée ou altérée, rétablie",
          "idées recopiées coupées ou altérées, rétablies") + " avec les mots de la réponse")
    }
    if checks.unfaithfulReformulations > 0 {
      notes.append(
        frenchCount(
          checks.unfaithfulReformulations, "reformulation remplacée", "reformulations remplacées")
          + " par les mots de ses segments, faute de dire ce qu'ils disent")
    }
    if checks.answersWithoutArgument > 0 {
      notes.append(
        frenchCount(
          checks.answersWithoutArgument, "réponse sans argument selon le modèle",
          "réponses sans argument selon le modèle"))
    }
    if checks.ruleFallbackAnswers > 0 {
      notes.append(
        frenchCount(checks.ruleFallbackAnswers, "réponse découpée", "réponses découpées")
          + " par règles faute de sortie exploitable du modèle")
    }
    if checks.unsupportedCitations > 0 {
      notes.append(
        frenchCount(checks.unsupportedCitations, "citation retirée", "citations retirées")
          + " faute d'appuyer sa phrase")
    }
    if checks.repointedSentences > 0 {
      notes.append(
        frenchCount(
          checks.repointedSentences,
          "phrase de synthèse citée par les arguments qui la fondent",
          "phrases de synthèse citées par les arguments qui les fondent")
          + ", au lieu de ceux qu'indiquait le modèle")
    }
    if checks.droppedSentences > 0 {
      notes.append(
        frenchCount(
          checks.droppedSentences, "phrase de synthèse écartée",
          "phrases de synthèse écartées") + " (sans citation valide, ou recopiant un thème)")
    }
    if checks.replacedStatements > 0 {
      notes.append(
        frenchCount(checks.replacedStatements, "énoncé de thème remplacé", "énoncés de thème remplacés")
          + " faute de dire ce que disent ses arguments")
    }
    if checks.balancedSyntheses > 0 {
      notes.append(
        frenchCount(checks.balancedSyntheses, "synthèse complétée", "synthèses complétées")
          + " par l'avis qu'elle taisait dans un thème partagé")
    }
    if checks.ruleFallbackThemes > 0 {
      notes.append(
        frenchCount(
          checks.ruleFallbackThemes, "thème ou sous-thème synthétisé", "thèmes ou sous-thèmes synthétisés")
          + " par règles faute de phrase du modèle appuyée par ses citations")
    }
    if !notes.isEmpty { lines.append("  Contrôles : " + notes.joined(separator: " ; ") + ".") }
    return lines.joined(separator: "\n")
  }
}

extension ExtractionMode: ExpressibleByArgument {}
