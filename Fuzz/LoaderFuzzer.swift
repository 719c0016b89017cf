// libFuzzer entry point for the scenario loader and checker (built by Fuzz/run.sh, not by
// SwiftPM). The input is one scenario file; it is decoded, then checked together with the
// fixture catalogues. libFuzzer itself enforces the time (-timeout) and memory
// (-rss_limit_mb) bounds; the invariants below are checked on every input.
import Foundation

/// The fixture bank's catalogues, decoded once (`CONFIDENT_FUZZ_CATALOGUES` names the folder).
private let catalogues: [DecodedFile] = {
  let folder = ProcessInfo.processInfo.environment["CONFIDENT_FUZZ_CATALOGUES"] ?? "Tests/Fixtures/bank/catalogue"
  var ignored: [Diagnostic] = []
  return BankLoader.decodeAll(BankLoader.yamlFiles(in: [folder], missing: &ignored)).filter(\.isCatalogue)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let path = "fuzz.yaml"
  let file = FileDecoder.decode(path: path, data: Data(bytes: data, count: size))
  let report = BankAssembler(files: catalogues + [file]).assemble()
  let own = report.diagnostics.filter { $0.file == path }
  // Diagnostics are well formed: a position, a French message, at most the cap plus one line.
  precondition(own.count <= DiagnosticLimits.perFile + 1, "more diagnostics than the cap")
  for diagnostic in own {
    precondition(diagnostic.line >= 1 && diagnostic.column >= 1, "bad position \(diagnostic)")
    precondition(!diagnostic.message.isEmpty, "empty message")
    // Messages may quote a value with a newline; the printed line escapes it.
    precondition(!diagnostic.description.contains("\n"), "multi-line diagnostic \(diagnostic)")
  }
  // What plays meets the checker's promises; a file with errors never plays.
  precondition(report.bank.meetsCheckerInvariants, "a case breaking the checker's rules loaded")
  if report.errorTotal > 0 { precondition(report.bank.cases.isEmpty, "a case with errors loaded") }
  return 0
}
