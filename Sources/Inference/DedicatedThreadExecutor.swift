import Foundation

/// A serial executor that runs its jobs on one thread of its own.
///
/// llama.cpp calls block for tens of milliseconds to seconds; run on Swift's cooperative pool
/// (one thread per core, two here) they would starve every other task of the process. Actors that
/// own a llama.cpp context use this executor instead.
final class DedicatedThreadExecutor: SerialExecutor, @unchecked Sendable {
  private let condition = NSCondition()
  private var jobs: [UnownedJob] = []
  private var stopping = false
  private var started = false
  private let name: String

  init(name: String) { self.name = name }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    condition.lock()
    jobs.append(job)
    // Started on first use, so an owner whose initialiser throws leaves no thread behind.
    if !started {
      started = true
      let thread = Thread { [self] in run() }
      thread.name = name
      thread.start()
    }
    condition.signal()
    condition.unlock()
  }

  func asUnownedSerialExecutor() -> UnownedSerialExecutor { UnownedSerialExecutor(ordinary: self) }

  /// Lets the thread end once the queue is empty; the owner calls it from its deinit.
  func stop() {
    condition.lock()
    stopping = true
    condition.signal()
    condition.unlock()
  }

  private func run() {
    while true {
      condition.lock()
      while jobs.isEmpty, !stopping { condition.wait() }
      if jobs.isEmpty {
        condition.unlock()
        return
      }
      let job = jobs.removeFirst()
      condition.unlock()
      job.runSynchronously(on: asUnownedSerialExecutor())
    }
  }
}
