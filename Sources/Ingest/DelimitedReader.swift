import Foundation
import ObservatoireCore

/// The text encodings survey tools export CSV in.
public enum TextEncoding: String, Sendable, Hashable, Codable {
  case utf8 = "UTF-8"
  case utf8BOM = "UTF-8 (BOM)"
  case utf16LittleEndian = "UTF-16LE"
  case utf16BigEndian = "UTF-16BE"
  case windows1252 = "Windows-1252"
}

/// Reads a CSV/TSV file as rows of fields, streaming it in chunks so memory does not grow with
/// the file size. Any encoding is transcoded to UTF-8 chunk by chunk before parsing.
public struct DelimitedReader: Sendable {
  public var url: URL
  /// Largest field accepted, in UTF-8 bytes.
  public var maximumFieldBytes: Int
  public var chunkSize: Int

  public init(url: URL, maximumFieldBytes: Int = 10_000_000, chunkSize: Int = 1 << 20) {
    self.url = url
    self.maximumFieldBytes = maximumFieldBytes
    self.chunkSize = chunkSize
  }

  public struct Format: Sendable, Hashable {
    public var encoding: TextEncoding
    public var delimiter: UInt8
  }

  private var fileName: String { url.lastPathComponent }

  /// Detects encoding and delimiter from the file's first bytes.
  public func detectFormat() throws -> Format {
    let handle = try open()
    defer { try? handle.close() }
    let head = [UInt8]((try? handle.read(upToCount: 64 * 1024)) ?? Data())
    guard !head.isEmpty else { throw IngestError(.empty, at: SourceLocation(file: fileName)) }
    let encoding = Self.detectEncoding(head)
    if encoding == .utf8 || encoding == .utf8BOM || encoding == .windows1252 {
      if let nul = head.firstIndex(of: 0) {
        throw IngestError(.binary, at: location(in: head, upTo: nul))
      }
    }
    var transcoder = Transcoder(encoding: encoding)
    let text = transcoder.transcode(head[...], isLast: false)
    let firstLine = text.prefix { $0 != 0x0A }
    guard firstLine.contains(where: { $0 != 0x0D && $0 != 0x20 }) else {
      throw IngestError(.noHeader, at: SourceLocation(file: fileName, line: 1, column: 1))
    }
    return Format(encoding: encoding, delimiter: Self.detectDelimiter(Array(firstLine)))
  }

  static func detectEncoding(_ head: [UInt8]) -> TextEncoding {
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8BOM }
    if head.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
    if head.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
    if head.count >= 4 {
      // UTF-16 without BOM: ASCII text leaves every other byte zero.
      let sample = head.prefix(512)
      let evenZeros = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
      let oddZeros = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
      if oddZeros > sample.count / 4 && evenZeros == 0 { return .utf16LittleEndian }
      if evenZeros > sample.count / 4 && oddZeros == 0 { return .utf16BigEndian }
    }
    // A multi-byte sequence cut at the end of the sample is still valid UTF-8.
    var end = head.count
    var back = 0
    while back < 3, end > 0, head[end - 1] & 0xC0 == 0x80 {
      end -= 1
      back += 1
    }
    if end > 0, head[end - 1] >= 0xC0 { end -= 1 }
    return String(validating: head[..<end], as: UTF8.self) != nil ? .utf8 : .windows1252
  }

  static func detectDelimiter(_ header: [UInt8]) -> UInt8 {
    var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
    var quoted = false
    for b in header {
      if b == 0x22 { quoted.toggle() } else if !quoted, counts[b] != nil { counts[b]! += 1 }
    }
    // Ties go to `;` (French Excel), then tab, then comma.
    return [0x3B, 0x09, 0x2C].max { counts[$0]! < counts[$1]! } ?? 0x3B
  }

  private func open() throws -> FileHandle {
    do {
      return try FileHandle(forReadingFrom: url)
    } catch {
      throw IngestError(.unreadable("fichier introuvable ou illisible"), at: SourceLocation(file: fileName))
    }
  }

  private func location(in bytes: [UInt8], upTo index: Int) -> SourceLocation {
    var line = 1
    var column = 1
    for b in bytes[..<index] {
      if b == 0x0A {
        line += 1
        column = 1
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SourceLocation(file: fileName, line: line, column: column)
  }

  /// Calls `body` with each record's fields and the 1-based line the record starts on.
  public func forEachRecord(
    format: Format, _ body: (_ fields: [String], _ line: Int) throws -> Void
  ) throws {
    let handle = try open()
    defer { try? handle.close() }
    var transcoder = Transcoder(encoding: format.encoding)
    var parser = RecordParser(
      delimiter: format.delimiter, maximumFieldBytes: maximumFieldBytes, fileName: fileName,
      checkBinary: format.encoding != .utf16LittleEndian && format.encoding != .utf16BigEndian)
    var first = true
    while true {
      let data: Data
      do {
        data = try handle.read(upToCount: chunkSize) ?? Data()
      } catch {
        throw IngestError(.unreadable("erreur de lecture"), at: SourceLocation(file: fileName))
      }
      var bytes = [UInt8](data)
      if first {
        first = false
        if bytes.isEmpty { throw IngestError(.empty, at: SourceLocation(file: fileName)) }
        if format.encoding == .utf8BOM, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
          bytes.removeFirst(3)
        }
      }
      let isLast = bytes.isEmpty
      let utf8 = transcoder.transcode(bytes[...], isLast: isLast)
      try parser.feed(utf8, body)
      if isLast { break }
    }
    try parser.finish(body)
  }
}

/// Turns a stream of bytes in some encoding into UTF-8, keeping partial characters between chunks.
struct Transcoder {
  let encoding: TextEncoding
  private var pending: [UInt8] = []
  private var skippedBOM = false

  init(encoding: TextEncoding) { self.encoding = encoding }

  mutating func transcode(_ chunk: ArraySlice<UInt8>, isLast: Bool) -> [UInt8] {
    switch encoding {
    case .utf8, .utf8BOM:
      return Array(chunk)
    case .windows1252:
      var out: [UInt8] = []
      out.reserveCapacity(chunk.count + chunk.count / 8)
      for b in chunk {
        if b < 0x80 {
          out.append(b)
        } else {
          let scalar = Self.windows1252[Int(b - 0x80)]
          out.append(contentsOf: Array(String(scalar).utf8))
        }
      }
      return out
    case .utf16LittleEndian, .utf16BigEndian:
      var bytes = pending + chunk
      pending = []
      if !skippedBOM {
        skippedBOM = true
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
          bytes.removeFirst(2)
        }
      }
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var i = 0
      while i + 1 < bytes.count {
        let unit =
          encoding == .utf16LittleEndian
          ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
          : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
        units.append(unit)
        i += 2
      }
      if i < bytes.count { pending = [bytes[i]] }
      // Keep a high surrogate cut at the chunk's end for the next chunk.
      if !isLast, let last = units.last, (0xD800...0xDBFF).contains(last) {
        units.removeLast()
        pending =
          (encoding == .utf16LittleEndian
            ? [UInt8(last & 0xFF), UInt8(last >> 8)] : [UInt8(last >> 8), UInt8(last & 0xFF)]) + pending
      }
      return Array(String(decoding: units, as: UTF16.self).utf8)
    }
  }

  private static let windows1252: [Character] = Array(
    "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ\u{A0}¡¢£¤¥¦§¨©ª«¬\u{AD}®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ"
  )
}

/// RFC 4180 parsing over UTF-8 bytes, with quoted fields spanning lines and doubled quotes.
struct RecordParser {
  let delimiter: UInt8
  let maximumFieldBytes: Int
  let fileName: String
  let checkBinary: Bool

  private var fields: [String] = []
  private var field: [UInt8] = []
  private var inQuotes = false
  private var quoteJustClosed = false
  private var line = 1
  private var recordLine = 1
  private var fieldStartLine = 1
  private var atFieldStart = true
  private var sawAnything = false

  init(delimiter: UInt8, maximumFieldBytes: Int, fileName: String, checkBinary: Bool) {
    self.delimiter = delimiter
    self.maximumFieldBytes = maximumFieldBytes
    self.fileName = fileName
    self.checkBinary = checkBinary
  }

  private mutating func endField() {
    fields.append(String(decoding: field, as: UTF8.self))
    field.removeAll(keepingCapacity: true)
    atFieldStart = true
    quoteJustClosed = false
    inQuotes = false
    fieldStartLine = line
  }

  private mutating func endRecord(_ body: ([String], Int) throws -> Void) rethrows {
    endField()
    let record = fields
    fields.removeAll(keepingCapacity: true)
    // Blank lines carry no record.
    if !(record.count == 1 && record[0].isEmpty) { try body(record, recordLine) }
    recordLine = line
  }

  mutating func feed(_ bytes: [UInt8], _ body: ([String], Int) throws -> Void) throws {
    for b in bytes {
      sawAnything = true
      if inQuotes {
        if b == 0x22 {
          inQuotes = false
          quoteJustClosed = true
        } else {
          if b == 0x0A { line += 1 }
          try append(b)
        }
        continue
      }
      switch b {
      case 0x22:
        if atFieldStart {
          inQuotes = true
          atFieldStart = false
        } else if quoteJustClosed {
          // A doubled quote inside a quoted field.
          try append(0x22)
          inQuotes = true
          quoteJustClosed = false
        } else {
          try append(b)
        }
      case delimiter:
        endField()
      case 0x0A:
        line += 1
        if field.last == 0x0D, !quoteJustClosed { field.removeLast() }
        try endRecord(body)
      case 0x0D where quoteJustClosed:
        break
      default:
        if b == 0, checkBinary {
          throw IngestError(
            .binary, at: SourceLocation(file: fileName, line: line, column: fields.count + 1))
        }
        atFieldStart = false
        quoteJustClosed = false
        try append(b)
      }
    }
  }

  private mutating func append(_ b: UInt8) throws {
    if field.count >= maximumFieldBytes {
      throw IngestError(
        .fieldTooLong(limit: maximumFieldBytes),
        at: SourceLocation(file: fileName, line: fieldStartLine, column: fields.count + 1))
    }
    field.append(b)
  }

  mutating func finish(_ body: ([String], Int) throws -> Void) throws {
    if inQuotes {
      throw IngestError(
        .unterminatedQuote,
        at: SourceLocation(file: fileName, line: fieldStartLine, column: fields.count + 1))
    }
    if !field.isEmpty || !fields.isEmpty {
      if field.last == 0x0D { field.removeLast() }
      try endRecord(body)
    }
    if !sawAnything { throw IngestError(.empty, at: SourceLocation(file: fileName)) }
  }
}
