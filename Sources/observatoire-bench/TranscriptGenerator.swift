// Writes each request's last message and the model's answer to a file, to read what a run asked
// and got (`OBS_BENCH_TRANSCRIPT`).
import Foundation
import Inference
import Synchronization

final class TranscriptGenerator: TextGenerator {
  let wrapped: any TextGenerator
  let file: Mutex<FileHandle>
  let start = ContinuousClock.now

  init(_ wrapped: any TextGenerator, path: String) throws {
    self.wrapped = wrapped
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    file = Mutex(try FileHandle(forWritingTo: URL(fileURLWithPath: path)))
  }

  var modelDescription: String { wrapped.modelDescription }

  private func record(_ messages: [ChatMessage], _ generation: Generation) {
    let entry =
      "=== \(generation.usage.promptTokens) + \(generation.usage.generatedTokens) tokens, "
      + "done at \((ContinuousClock.now - start).formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1))))\n"
      + (messages.last?.content ?? "") + "\n--- réponse\n" + generation.text + "\n\n"
    file.withLock { $0.write(Data(entry.utf8)) }
  }

  func generate(_ messages: [ChatMessage], options: GenerationOptions) async throws -> Generation {
    let generation = try await wrapped.generate(messages, options: options)
    record(messages, generation)
    return generation
  }

  func generateEach(_ requests: [GenerationRequest]) -> AsyncThrowingStream<IndexedGeneration, any Error> {
    let inner = wrapped.generateEach(requests)
    return .producing { yield in
      for try await result in inner {
        self.record(requests[result.index].messages, result.generation)
        yield(result)
      }
    }
  }
}
