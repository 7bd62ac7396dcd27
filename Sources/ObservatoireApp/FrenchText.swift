import Foundation

/// `n` and the noun, in the plural from 2 on, as French writes counts (« 1 question »,
/// « 0 réponse », « 2 réponses »). `plural` defaults to the noun with an « s ».
public func frenchCount(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
  "\(n) " + (abs(n) >= 2 ? plural ?? singular + "s" : singular)
}

/// `value` with `digits` decimals and a decimal comma, as French text writes it (« 0,90 »).
public func frenchDecimal(_ value: Double, digits: Int = 2) -> String {
  String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
}

/// A bound or a count as French text writes it: « 10 », « 2,5 » (no « 10.0 »).
public func frenchNumber(_ value: Double) -> String {
  if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
  return frenchDecimal(value)
}
