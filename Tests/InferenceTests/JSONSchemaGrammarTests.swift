import Foundation
import Inference
import Testing

@Suite struct JSONSchemaGrammarTests {
  @Test func propertiesKeepTheSchemaOrder() throws {
    let grammar = try JSONSchemaGrammar.gbnf(
      fromSchema: #"{"type":"object","properties":{"zeta":{"type":"string"},"alpha":{"type":"integer"}}}"#)
    let root = try #require(grammar.split(separator: "\n").first { $0.hasPrefix("r1 ::=") })
    let zeta = try #require(root.range(of: "zeta"))
    let alpha = try #require(root.range(of: "alpha"))
    #expect(zeta.lowerBound < alpha.lowerBound)
    #expect(grammar.contains("integer ::="))
    #expect(grammar.contains("string ::="))
    #expect(!grammar.contains("boolean ::="), "only the rules in use are written")
  }

  @Test func enumsArraysAndNullableTypesBecomeAlternatives() throws {
    let grammar = try JSONSchemaGrammar.gbnf(
      fromSchema: """
        {"type":"object","properties":{
          "ton":{"enum":["pour","contre","l'\\"autre\\""]},
          "liste":{"type":"array","items":{"type":"object","properties":{"x":{"type":["number","null"]}}},"minItems":1,"maxItems":4},
          "vide":{"type":"array","maxItems":0}
        }}
        """)
    #expect(grammar.contains(#""\"pour\"" | "\"contre\"" | "\"l'\\\"autre\\\"\"""#))
    #expect(grammar.contains("{0,3}"))
    #expect(grammar.contains("number | null"))
    #expect(grammar.contains(#""[" ws "]""#))
  }

  @Test(arguments: [
    ##"{"$ref":"#/a"}"##, #"{"type":"tuple"}"#, #"{"allOf":[{}]}"#, "pas du json",
    #"{"type":"string","pattern":"a+"}"#,
  ])
  func unsupportedSchemasAreRefused(schema: String) {
    #expect(throws: InferenceError.self) { try JSONSchemaGrammar.gbnf(fromSchema: schema) }
  }
}
