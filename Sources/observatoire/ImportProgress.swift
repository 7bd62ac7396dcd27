import Foundation
import ObservatoireApp
import Synchronization

/// An import's events on standard error: a line while a large export is read a first time, then
/// the responses stored so far, redrawn — on a terminal only, and only for an import long enough
/// to wait for, so that logs and scripts see only the summary.
final class ImportProgressPrinter: Sendable {
  private struct State {
    var lastDraw = Date.distantPast
  }
  private let state = Mutex(State())
  private let shown = isatty(STDERR_FILENO) != 0
  private let minimumTotal: Int
  private let minimumBytes: Int

  init(minimumTotal: Int = 50_000, minimumBytes: Int = 16_000_000) {
    self.minimumTotal = minimumTotal
    self.minimumBytes = minimumBytes
  }

  func show(_ event: ImportEvent) {
    guard shown else { return }
    switch event {
    case .reading(let file, let bytes):
      guard let bytes, bytes >= minimumBytes else { return }
      write("Lecture de \(file) (\(bytes / 1_000_000) Mo) : types des questions…\n")
    case .stored(let done, let total):
      guard total >= minimumTotal else { return }
      let finished = done >= total
      let due = state.withLock { state in
        let now = Date()
        guard finished || now.timeIntervalSince(state.lastDraw) > 0.2 else { return false }
        state.lastDraw = now
        return true
      }
      guard due else { return }
      let percent = total > 0 ? done * 100 / total : 100
      write(
        "\r\u{1B}[2KImport : \(done)/\(total) réponses masquées et enregistrées (\(percent) %)"
          + (finished ? "\n" : ""))
    }
  }

  private func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
