import Foundation
import Storage

/// For a server: projects stay open between requests (`ProjectDatabase.keepProjectsOpen`), and
/// what a page reads from one is kept while its files are unchanged (`ProjectMemo`).
public enum ProjectConnections {
  public static func keepOpen() { ProjectDatabase.keepProjectsOpen() }
}

/// Results read from a project's database, kept while its files stay as they were (size,
/// modification time and inode of the database and of its write-ahead log): a page shown many
/// times costs two `stat` calls instead of decoding the stored analysis again. Any write — an
/// import, an analysis, a review, from this process or another — changes the log, so the next
/// read recomputes. The kernel's file times are coarse (a few milliseconds): a result is kept only
/// when the files were last written more than `settled` ago, so that a later write cannot fall in
/// the same tick and leave the files' state as it was. It only ever hits where projects are kept
/// open: closing a project's last connection rewrites its file.
final class ProjectMemo<Value: Sendable>: @unchecked Sendable {
  private struct Entry {
    var state: [Double]
    var value: Value
  }

  private let lock = NSLock()
  private var entries: [String: Entry] = [:]
  private let capacity: Int

  private static var settled: Double { 0.05 }

  init(capacity: Int = 64) { self.capacity = capacity }

  /// The value for the database at `path`: the one kept if its files are unchanged since it was
  /// computed, else `compute()`'s.
  func value(for path: String, compute: () throws -> Value) throws -> Value {
    // Taken before computing: a write during the computation makes the next read recompute.
    let now = Date().timeIntervalSince1970
    let state = Self.fileState(path)
    if let state, let kept = lock.withLock({ entries[path] }), kept.state == state { return kept.value }
    let value = try compute()
    if let state, now - Self.lastWritten(state) > Self.settled {
      lock.withLock {
        if entries.count >= capacity, entries[path] == nil { entries.removeAll(keepingCapacity: true) }
        entries[path] = Entry(state: state, value: value)
      }
    }
    return value
  }

  /// The latest modification time in a files' state.
  static func lastWritten(_ state: [Double]) -> Double {
    var latest = 0.0
    var index = 0
    while index + 2 < state.count {
      let seconds: Double = state[index + 1]
      let nanoseconds: Double = state[index + 2]
      latest = max(latest, seconds + nanoseconds / 1e9)
      index += 4
    }
    return latest
  }

  /// Size, modification time and inode of the database and of its log (the log's absent: a
  /// single -1); nil when the database is absent.
  static func fileState(_ path: String) -> [Double]? {
    func state(_ file: String) -> [Double]? {
      var info = stat()
      guard stat(file, &info) == 0 else { return nil }
      return [
        Double(info.st_size), Double(info.st_mtim.tv_sec), Double(info.st_mtim.tv_nsec),
        Double(info.st_ino),
      ]
    }
    guard let database = state(path) else { return nil }
    return database + (state(path + "-wal") ?? [-1])
  }
}
