import Foundation
import Storage
import TestSupport
import Testing

extension CLI {
  /// Runs the command with `input` on its standard input (not a terminal).
  static func run(_ arguments: [String], in directory: URL? = nil, input: String) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let inPipe = Pipe()
    let out = Pipe()
    let err = Pipe()
    process.standardInput = inPipe
    process.standardOutput = out
    process.standardError = err
    try process.run()
    inPipe.fileHandleForWriting.write(Data(input.utf8))
    try inPipe.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}

@Suite struct UsersCommandTests {
  @Test func addReadsThePasswordFromStandardInputAndListShowsRoles() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let data = dir.appendingPathComponent("donnees").path
    let add = try CLI.run(
      ["users", "add", "admin", "--role", "administrateur", "--data", data], input: "un mot de passe solide\n"
    )
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stdout.contains("Compte « admin » créé (administrateur)."))
    #expect(
      try CLI.run(
        ["users", "add", "lea", "--role", "lecteur", "--data", data], input: "autre mot de passe long\n"
      ).status == 0)
    let list = try CLI.run(["users", "list", "--data", data])
    #expect(list.status == 0)
    let lines = list.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("admin") && lines[1].contains("administrateur"))
    #expect(lines[2].hasPrefix("lea") && lines[2].contains("lecteur"))
    #expect(!list.stdout.contains("mot de passe solide"))
    // The accounts are in the data folder, not in any project.
    #expect(FileManager.default.fileExists(atPath: data + "/comptes.sqlite"))
  }

  @Test func badInputIsRefusedInFrench() throws {
    let dir = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let short = try CLI.run(
      ["users", "add", "bob", "--role", "analyste", "--data", dir.path], input: "court\n")
    #expect(short.status != 0)
    #expect(short.stderr.contains("au moins 12 caractères"), "\(short.stderr)")
    let role = try CLI.run(
      ["users", "add", "bob", "--role", "chef", "--data", dir.path], input: "un mot de passe solide\n")
    #expect(role.status != 0)
    #expect(role.stderr.contains("chef"), "\(role.stderr)")
    let twice = try CLI.run(
      ["users", "add", "bob", "--role", "analyste", "--data", dir.path], input: "un mot de passe solide\n")
    #expect(twice.status == 0)
    let again = try CLI.run(
      ["users", "add", "bob", "--role", "analyste", "--data", dir.path], input: "un mot de passe solide\n")
    #expect(again.stderr.contains("Erreur : le compte « bob » existe déjà."), "\(again.stderr)")
    let none = try CLI.run(["users", "list", "--data", dir.appendingPathComponent("vide").path])
    #expect(none.stdout.contains("Aucun compte"))
  }
}
