import Foundation

/// One change of the review journal as a report shows it: who, when, what, before → after, in
/// words already made by the application layer (no identifier of a respondent).
public struct ReviewJournalEntry: Sendable, Hashable {
  public var date: Date
  public var actor: String
  public var action: String
  public var question: String
  public var change: String
  public init(date: Date, actor: String, action: String, question: String, change: String) {
    self.date = date
    self.actor = actor
    self.action = action
    self.question = question
    self.change = change
  }
}
