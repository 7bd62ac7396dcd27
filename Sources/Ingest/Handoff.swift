import Foundation

/// Hands items from a producer thread to the calling thread, with at most `depth` waiting, so
/// that producing the next item overlaps consuming this one and memory stays bounded.
///
/// A thread and a condition rather than tasks: the consumer runs inside a synchronous SQLite
/// transaction, and CPU-bound producing must not occupy the cooperative pool.
final class Handoff<Item: Sendable>: @unchecked Sendable {
  // Every stored property is read and written only while `condition` is locked.
  private let condition = NSCondition()
  private var items: [Item] = []
  private var isFinished = false
  private var failure: (any Error)?
  private var isCancelled = false
  private var producerReturned = false
  private let depth: Int

  private init(depth: Int) { self.depth = max(1, depth) }

  private struct Cancelled: Error {}

  /// Runs `produce` on another thread and `consume` here on each item it emits, in order. An
  /// error on either side stops both and is rethrown here, once the producer has returned.
  static func pipeline(
    depth: Int, produce: @escaping @Sendable (_ emit: (Item) throws -> Void) throws -> Void,
    consume: (Item) throws -> Void
  ) throws {
    let handoff = Handoff(depth: depth)
    let thread = Thread {
      do {
        try produce(handoff.put)
        handoff.finish(nil)
      } catch {
        handoff.finish(error)
      }
      handoff.producerHasReturned()
    }
    thread.stackSize = 8 << 20
    thread.start()
    defer {
      handoff.cancel()
      handoff.waitForProducer()
    }
    while let item = try handoff.take() { try consume(item) }
  }

  private func put(_ item: Item) throws {
    condition.lock()
    defer { condition.unlock() }
    while items.count >= depth && !isCancelled { condition.wait() }
    if isCancelled { throw Cancelled() }
    items.append(item)
    condition.broadcast()
  }

  private func finish(_ error: (any Error)?) {
    condition.lock()
    defer { condition.unlock() }
    isFinished = true
    if let error, !(error is Cancelled) { failure = error }
    condition.broadcast()
  }

  private func producerHasReturned() {
    condition.lock()
    defer { condition.unlock() }
    producerReturned = true
    condition.broadcast()
  }

  private func waitForProducer() {
    condition.lock()
    defer { condition.unlock() }
    while !producerReturned { condition.wait() }
  }

  private func cancel() {
    condition.lock()
    defer { condition.unlock() }
    isCancelled = true
    condition.broadcast()
  }

  /// The next item, nil once the producer is done, or the producer's error.
  private func take() throws -> Item? {
    condition.lock()
    defer { condition.unlock() }
    while items.isEmpty && !isFinished { condition.wait() }
    if let failure { throw failure }
    guard !items.isEmpty else { return nil }
    let item = items.removeFirst()
    condition.broadcast()
    return item
  }
}
