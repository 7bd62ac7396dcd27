import Mustache

// The view models of the report's pages: plain values built from a `ConsultationReport` by
// `HTMLReport`, read by the templates in `Templates/`. They hold text (escaped by the templates),
// numbers already formatted for the reader, hrefs from a `ReportLinks`, and SVG charts (the only
// markup built in Swift, escaped by `SVGChart`).
//
// Each view lists the fields templates may read in `child(named:)`: swift-mustache would otherwise
// read structs through `Mirror`, which is slow and cannot see computed properties. A field that is
// nil is looked up in the enclosing views, as Mustache does, so optional fields have names no
// enclosing view uses.

/// A whole page: the frame the layout reads, and the page's own view.
struct PageView: MustacheParent {
  var frame: FrameView
  var content: any MustacheParent

  func child(named name: String) -> Any? { frame.child(named: name) ?? content.child(named: name) }
}

/// What the layout shows around every page.
struct FrameView: MustacheParent {
  var lang: String
  var pageTitle: String
  var reportTitle: String
  var stylesheets: [String]
  var overviewHref: String
  var navigation: [NavigationLinkView]
  var suppressedLegend: String
  /// `fr` when the labels are not in French: answers are (RGAA 8.7).
  var respondentLanguage: String?
  /// The fixed labels, `{{t.name}}`.
  var t: [String: String]

  func child(named name: String) -> Any? {
    switch name {
    case "lang": lang
    case "pageTitle": pageTitle
    case "reportTitle": reportTitle
    case "stylesheets": stylesheets
    case "overviewHref": overviewHref
    case "navigation": navigation
    case "suppressedLegend": suppressedLegend
    case "respondentLanguage": respondentLanguage
    case "t": t
    default: nil
    }
  }
}

struct NavigationLinkView: MustacheParent {
  var href: String
  var text: String
  var current: Bool

  func child(named name: String) -> Any? {
    switch name {
    case "href": href
    case "text": text
    case "current": current
    default: nil
    }
  }
}

// MARK: - Summary

struct OverviewView: MustacheParent {
  var sourceName: String
  var respondents: Int
  var closedCount: Int
  var closedCountLabel: String
  var openCount: Int
  var openCountLabel: String
  var themeCount: Int
  var argumentCount: Int
  var openQuestions: [OpenQuestionView]
  var closedQuestions: [ClosedQuestionView]

  func child(named name: String) -> Any? {
    switch name {
    case "sourceName": sourceName
    case "respondents": respondents
    case "closedCount": closedCount
    case "closedCountLabel": closedCountLabel
    case "openCount": openCount
    case "openCountLabel": openCountLabel
    case "themeCount": themeCount
    case "argumentCount": argumentCount
    case "hasOpenQuestions": !openQuestions.isEmpty
    case "openQuestions": openQuestions
    case "hasClosedQuestions": !closedQuestions.isEmpty
    case "closedQuestions": closedQuestions
    default: nil
    }
  }
}

struct OpenQuestionView: MustacheParent {
  var sectionID: String
  var title: String
  var answered: Int
  var respondentsTotal: Int
  var synthesis: SynthesisView
  var chart: String
  var stanceNames: [String]
  var themes: [ThemeRowView]

  func child(named name: String) -> Any? {
    switch name {
    case "sectionID": sectionID
    case "title": title
    case "answered": answered
    case "respondentsTotal": respondentsTotal
    case "synthesis": synthesis
    case "hasThemes": !themes.isEmpty
    case "chart": chart
    case "stanceNames": stanceNames
    case "themes": themes
    default: nil
    }
  }
}

struct ThemeRowView: MustacheParent {
  var href: String
  var label: String
  var respondents: String
  var share: String
  var arguments: String
  var stances: [String]

  func child(named name: String) -> Any? {
    switch name {
    case "href": href
    case "label": label
    case "respondents": respondents
    case "share": share
    case "arguments": arguments
    case "stances": stances
    default: nil
    }
  }
}

struct ClosedQuestionView: MustacheParent {
  var sectionID: String
  var title: String
  var answered: Int
  var respondents: Int
  var mean: String?
  var median: String?
  var chart: String
  var options: [OptionRowView]
  var breakdowns: [BreakdownView]
  /// A ranking question: each option's « en 1re place » and « dans les 2 premiers » columns.
  var isRanking = false

  func child(named name: String) -> Any? {
    switch name {
    case "isRanking": isRanking
    case "sectionID": sectionID
    case "title": title
    case "answered": answered
    case "respondents": respondents
    case "hasMeanOrMedian": mean != nil || median != nil
    case "mean": mean
    case "median": median
    case "chart": chart
    case "options": options
    case "breakdowns": breakdowns
    default: nil
    }
  }
}

struct OptionRowView: MustacheParent {
  var option: String
  var count: String
  var share: String
  var interval: String
  /// Ranking questions: placed in the first two.
  var topTwoCount = ""
  var topTwoShare = ""
  var topTwoInterval = ""

  func child(named name: String) -> Any? {
    switch name {
    case "option": option
    case "count": count
    case "share": share
    case "interval": interval
    case "topTwoCount": topTwoCount
    case "topTwoShare": topTwoShare
    case "topTwoInterval": topTwoInterval
    default: nil
    }
  }
}

struct BreakdownView: MustacheParent {
  struct Row: MustacheParent {
    var option: String
    var cells: [String]

    func child(named name: String) -> Any? {
      switch name {
      case "option": option
      case "cells": cells
      default: nil
      }
    }
  }

  struct ChiSquare: MustacheParent {
    var statistic: String
    var degreesOfFreedom: String?
    var pValue: String?

    func child(named name: String) -> Any? {
      switch name {
      case "statistic": statistic
      case "degreesOfFreedom": degreesOfFreedom
      case "pValue": pValue
      default: nil
      }
    }
  }

  var segmentTitle: String
  var chart: String
  var segmentValues: [String]
  var rows: [Row]
  var chiSquare: ChiSquare?

  func child(named name: String) -> Any? {
    switch name {
    case "segmentTitle": segmentTitle
    case "chart": chart
    case "segmentValues": segmentValues
    case "rows": rows
    case "chiSquare": chiSquare
    default: nil
    }
  }
}

/// A synthesis: its sentences, each with links to the arguments it cites.
struct SynthesisView: MustacheParent {
  struct Sentence: MustacheParent {
    var text: String
    var citations: [Citation]

    func child(named name: String) -> Any? {
      switch name {
      case "text": text
      case "citations": citations
      default: nil
      }
    }
  }

  struct Citation: MustacheParent {
    var href: String
    var number: Int

    func child(named name: String) -> Any? {
      switch name {
      case "href": href
      case "number": number
      default: nil
      }
    }
  }

  var sentences: [Sentence]

  func child(named name: String) -> Any? { name == "sentences" ? sentences : nil }
}

// MARK: - Theme page

struct ThemePageView: MustacheParent {
  var label: String
  var questionTitle: String
  var parentTheme: LinkView?
  /// nil when the theme has none.
  var statement: String?
  var keyFigures: [KeyFigureView]
  var hasMaskedCounts: Bool
  var synthesis: SynthesisView
  var stanceChart: String
  var stanceRows: [StanceRowView]
  var segmentChart: String
  var segments: [SegmentRowView]
  var subThemes: [SubThemeView]
  var arguments: [ArgumentView]

  func child(named name: String) -> Any? {
    switch name {
    case "label": label
    case "questionTitle": questionTitle
    case "parentTheme": parentTheme
    case "statement": statement
    case "keyFigures": keyFigures
    case "hasMaskedCounts": hasMaskedCounts
    case "synthesis": synthesis
    case "stanceChart": stanceChart
    case "stanceRows": stanceRows
    case "hasSegments": !segments.isEmpty
    case "segmentChart": segmentChart
    case "segments": segments
    case "hasSubThemes": !subThemes.isEmpty
    case "subThemes": subThemes
    case "arguments": arguments
    default: nil
    }
  }
}

struct LinkView: MustacheParent {
  var href: String
  var label: String

  func child(named name: String) -> Any? {
    switch name {
    case "href": href
    case "label": label
    default: nil
    }
  }
}

/// `<strong data-NAME="N">N</strong> label`, or, masked, `label : <strong data-NAME-masked="true">`.
struct KeyFigureView: MustacheParent {
  var name: String
  var value: String
  var label: String
  var masked: Bool

  func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "value": value
    case "label": label
    case "masked": masked
    default: nil
    }
  }
}

struct StanceRowView: MustacheParent {
  var stance: String
  var count: String
  var share: String

  func child(named name: String) -> Any? {
    switch name {
    case "stance": stance
    case "count": count
    case "share": share
    default: nil
    }
  }
}

struct SegmentRowView: MustacheParent {
  var segment: String
  var value: String
  var respondents: String
  var base: String
  var share: String

  func child(named name: String) -> Any? {
    switch name {
    case "segment": segment
    case "value": value
    case "respondents": respondents
    case "base": base
    case "share": share
    default: nil
    }
  }
}

struct SubThemeView: MustacheParent {
  var href: String
  var label: String
  var respondentsPhrase: String

  func child(named name: String) -> Any? {
    switch name {
    case "href": href
    case "label": label
    case "respondentsPhrase": respondentsPhrase
    default: nil
    }
  }
}

/// An argument and the masked answer it quotes: `before`, the quote (marked), `after`. When the
/// quote is not found in the answer, `before` is the whole answer and the quote follows it.
struct ArgumentView: MustacheParent {
  var anchor: String
  var number: Int
  var stance: String
  var text: String
  var responseID: String
  var before: String
  var quote: String
  var after: String
  var quoteNotFound: Bool

  func child(named name: String) -> Any? {
    switch name {
    case "anchor": anchor
    case "number": number
    case "stance": stance
    case "text": text
    case "responseID": responseID
    case "before": before
    case "quote": quote
    case "after": after
    case "quoteNotFound": quoteNotFound
    default: nil
    }
  }
}

// MARK: - Method page

struct MethodView: MustacheParent {
  var generator: String
  var embedder: String
  var softwareVersion: String
  var periodStart: String
  var periodEnd: String
  var prompts: KeyValueTableView
  var parameters: KeyValueTableView
  var usage: [KeyValueTableView.Row]
  /// One table a question analysed with its run's counters.
  var runChecks: [KeyValueTableView]
  var k: String
  var thresholdExplanation: [String]
  var originalsKept: String
  var maskedData: KeyValueTableView
  var validations: [ValidationRowView]
  var journal: [JournalRowView]
  var droppedSentences: Int
  var handCodedChecks: [HandCodedCheckView]

  func child(named name: String) -> Any? {
    switch name {
    case "generator": generator
    case "embedder": embedder
    case "softwareVersion": softwareVersion
    case "periodStart": periodStart
    case "periodEnd": periodEnd
    case "prompts": prompts
    case "parameters": parameters
    case "usage": usage
    case "hasRunChecks": !runChecks.isEmpty
    case "runChecks": runChecks
    case "k": k
    case "thresholdExplanation": thresholdExplanation
    case "originalsKept": originalsKept
    case "maskedData": maskedData
    case "hasValidations": !validations.isEmpty
    case "validations": validations
    case "hasJournal": !journal.isEmpty
    case "journal": journal
    case "droppedSentences": droppedSentences
    case "handCodedChecks": handCodedChecks
    default: nil
    }
  }
}

struct KeyValueTableView: MustacheParent {
  struct Row: MustacheParent {
    var key: String
    var value: String

    func child(named name: String) -> Any? {
      switch name {
      case "key": key
      case "value": value
      default: nil
      }
    }
  }

  var sectionID: String
  var title: String
  var keyHeader: String
  var valueHeader: String
  var rows: [Row]

  func child(named name: String) -> Any? {
    switch name {
    case "sectionID": sectionID
    case "title": title
    case "keyHeader": keyHeader
    case "valueHeader": valueHeader
    case "hasRows": !rows.isEmpty
    case "rows": rows
    default: nil
    }
  }
}

/// One line of the review journal on the method page.
struct JournalRowView: MustacheParent {
  var date: String
  var actor: String
  var action: String
  var question: String
  var change: String

  func child(named name: String) -> Any? {
    switch name {
    case "date": date
    case "actor": actor
    case "action": action
    case "question": question
    case "change": change
    default: nil
    }
  }
}

struct ValidationRowView: MustacheParent {
  var theme: String
  var analyst: String
  var date: String
  var note: String

  func child(named name: String) -> Any? {
    switch name {
    case "theme": theme
    case "analyst": analyst
    case "date": date
    case "note": note
    default: nil
    }
  }
}
