import Analysis
import Foundation
import Synchronization

/// Progress of the pipeline on standard error: a redrawn bar on a terminal, a line per step
/// of 10 % otherwise (logs, CI).
final class ProgressBar: Sendable {
  private struct State {
    var stage: PipelineStage?
    var stageStart = Date()
    var lastDraw = Date.distantPast
    var lastDecile = -1
    var firstDone = 0
  }
  private let state = Mutex(State())
  private let interactive = isatty(STDERR_FILENO) != 0
  let enabled: Bool

  init(enabled: Bool = true) { self.enabled = enabled }

  func update(_ progress: PipelineProgress) {
    guard enabled else { return }
    let line: String? = state.withLock { state in
      let now = Date()
      if state.stage != progress.stage {
        state.stage = progress.stage
        state.stageStart = now
        state.lastDecile = -1
        state.firstDone = progress.calls?.done ?? progress.done
      }
      // Where the stage counts its model calls, they move the bar: its items can all finish at
      // the end (a theme is ready once its label and synthesis are in).
      let (done, total) =
        if let calls = progress.calls, calls.total > 0 { (calls.done, calls.total) } else {
          (progress.done, progress.total)
        }
      let fraction = min(1, Double(done) / Double(max(total, 1)))
      let finished = progress.done >= progress.total && done >= total
      if interactive {
        guard finished || now.timeIntervalSince(state.lastDraw) > 0.2 else { return nil }
        state.lastDraw = now
      } else {
        let decile = Int(fraction * 10)
        guard decile != state.lastDecile else { return nil }
        state.lastDecile = decile
      }
      let elapsed = now.timeIntervalSince(state.stageStart)
      let doneHere = done - state.firstDone
      var text = "\(progress.question) · \(progress.stage.labelFR) "
      let width = 24
      let filled = Int(fraction * Double(width))
      text +=
        "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "] "
      text += "\(progress.done)/\(progress.total)"
      if let calls = progress.calls, calls.total > 0 {
        text += " · appels au modèle \(calls.done)/\(calls.total)"
      }
      if doneHere > 0, elapsed > 1 {
        let rate = Double(doneHere) / elapsed
        if progress.calls == nil, progress.total > 1 { text += String(format: " · %.1f/min", rate * 60) }
        if !finished {
          text += " · reste " + Self.duration(Double(total - done) / rate)
        }
      }
      if interactive {
        return "\r\u{1B}[2K" + text + (finished ? "\n" : "")
      }
      return text + "\n"
    }
    if let line { FileHandle.standardError.write(Data(line.utf8)) }
  }

  static func duration(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "?" }
    if seconds < 60 { return "\(Int(seconds.rounded())) s" }
    if seconds < 3600 { return "\(Int((seconds / 60).rounded())) min" }
    return String(format: "%.1f h", seconds / 3600)
  }
}
