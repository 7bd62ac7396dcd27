import Foundation

extension Array where Element: Sendable {
  /// `transform` applied to every element, in order, split across the machine's cores; on one
  /// core, or with fewer than `minimumPerWorker` elements for each extra core, a plain `map`.
  public func concurrentMap<Result: Sendable>(
    minimumPerWorker: Int, _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    let workers = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / minimumPerWorker)
    guard workers > 1 else { return map(transform) }
    let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
      _ = slots.deinitialize()
      slots.deallocate()
    }
    let shared = SendableSlots(slots)
    // Eight pieces a core, taken as cores free up: with one piece a core, the core whose
    // elements were quicker waits for the other at the end.
    let pieces = workers * 8
    let piece = (count + pieces - 1) / pieces
    DispatchQueue.concurrentPerform(iterations: pieces) { index in
      let start = index * piece
      let end = Swift.min(count, start + piece)
      guard start < end else { return }
      // Each piece writes only its own indices.
      for index in start..<end { shared.slots[index] = transform(self[index]) }
    }
    // Every piece filled its own indices.
    return slots.map { $0! }
  }
}

private struct SendableSlots<Value>: @unchecked Sendable {
  let slots: UnsafeMutableBufferPointer<Value?>
  init(_ slots: UnsafeMutableBufferPointer<Value?>) { self.slots = slots }
}
