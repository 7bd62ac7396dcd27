import CLlama
import Foundation

/// Process-wide llama.cpp set-up, done once: backend initialisation and a quiet log.
enum LlamaRuntime {
  private static let initialised: Bool = {
    // llama.cpp logs every tensor it loads to stderr; keep it for debugging only.
    if ProcessInfo.processInfo.environment["OBSERVATOIRE_LLAMA_LOG"] == nil {
      llama_log_set({ _, _, _ in }, nil)
    }
    llama_backend_init()
    return true
  }()

  static func ensureInitialised() {
    _ = initialised
  }

  /// llama.cpp's model loading is not safe to run on several threads at once: two loads at the
  /// same moment (parallel tests, a generator and an embedder) made one of them fail at random.
  static let loading = NSLock()
}

/// A loaded GGUF model: weights and vocabulary, read-only once loaded.
///
/// Tokenisation is documented as thread-safe in llama.h, and the weights are never written,
/// so one instance is shared by whichever context uses it.
final class LlamaModel: @unchecked Sendable {
  let pointer: OpaquePointer
  let vocab: OpaquePointer
  let path: String
  let fileSize: Int64

  /// Loads a model file, checking first that it exists and looks like GGUF.
  init(path: String) throws(InferenceError) {
    LlamaRuntime.ensureInitialised()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
    else { throw .modelNotFound(path: path) }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .modelUnreadable(path: path, reason: "lecture impossible")
    }
    let magic = (try? handle.read(upToCount: 4)) ?? Data()
    try? handle.close()
    guard magic == Data("GGUF".utf8) else {
      throw .modelUnreadable(path: path, reason: "ce n'est pas un fichier GGUF")
    }
    var parameters = llama_model_default_params()
    parameters.n_gpu_layers = 0
    let loaded = LlamaRuntime.loading.withLock { llama_model_load_from_file(path, parameters) }
    guard let model = loaded else {
      throw .modelUnreadable(path: path, reason: "llama.cpp n'a pas pu le charger")
    }
    guard let vocab = llama_model_get_vocab(model) else {
      llama_model_free(model)
      throw .modelUnreadable(path: path, reason: "vocabulaire absent")
    }
    self.pointer = model
    self.vocab = vocab
    self.path = path
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    self.fileSize = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
  }

  deinit {
    llama_model_free(pointer)
  }

  var trainingContextLength: Int { Int(llama_model_n_ctx_train(pointer)) }
  var embeddingLength: Int { Int(llama_model_n_embd(pointer)) }

  var description: String {
    var buffer = [CChar](repeating: 0, count: 256)
    let count = llama_model_desc(pointer, &buffer, buffer.count)
    let desc =
      count > 0
      ? String(decoding: buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
    return "\(URL(fileURLWithPath: path).lastPathComponent) (\(desc))"
  }

  /// The chat template stored in the GGUF file, if any.
  var chatTemplate: String? {
    guard let template = llama_model_chat_template(pointer, nil) else { return nil }
    return String(cString: template)
  }

  func tokenize(_ text: String, addSpecial: Bool, parseSpecial: Bool) -> [llama_token] {
    let utf8 = Array(text.utf8)
    var tokens = [llama_token](repeating: 0, count: utf8.count + 8)
    var count = utf8.withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        llama_tokenize(
          vocab, chars.baseAddress, Int32(chars.count), &tokens, Int32(tokens.count), addSpecial, parseSpecial
        )
      }
    }
    if count < 0 {
      tokens = [llama_token](repeating: 0, count: Int(-count))
      count = utf8.withUnsafeBufferPointer { bytes in
        bytes.withMemoryRebound(to: CChar.self) { chars in
          llama_tokenize(
            vocab, chars.baseAddress, Int32(chars.count), &tokens, Int32(tokens.count), addSpecial,
            parseSpecial)
        }
      }
    }
    return Array(tokens.prefix(max(0, Int(count))))
  }

  /// The bytes a token stands for (not always a whole UTF-8 character).
  func piece(_ token: llama_token) -> [UInt8] {
    var buffer = [CChar](repeating: 0, count: 64)
    var count = llama_token_to_piece(vocab, token, &buffer, Int32(buffer.count), 0, false)
    if count < 0 {
      buffer = [CChar](repeating: 0, count: Int(-count))
      count = llama_token_to_piece(vocab, token, &buffer, Int32(buffer.count), 0, false)
    }
    return buffer.prefix(max(0, Int(count))).map { UInt8(bitPattern: $0) }
  }

  func isEndOfGeneration(_ token: llama_token) -> Bool { llama_vocab_is_eog(vocab, token) }
}

/// Clocks for accounting: process CPU time (the energy estimate) and monotonic wall time.
public enum ProcessClock {
  public static func cpuSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  public static func wallSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  /// Monotonic seconds, for durations.
  public static func now() -> Double { wallSeconds() }
}
