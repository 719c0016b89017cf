// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Confident",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "confident", targets: ["confident"]),
    .library(name: "ConfidentCore", targets: ["ConfidentCore"]),
    .library(name: "ConfidentContent", targets: ["ConfidentContent"]),
    .library(name: "ConfidentScheduling", targets: ["ConfidentScheduling"]),
    .library(name: "ConfidentStorage", targets: ["ConfidentStorage"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
    // Already resolved by Hummingbird; named for the room server's logger and addresses.
    .package(url: "https://github.com/apple/swift-log.git", from: "1.14.0"),
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
    .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    .package(url: "https://github.com/JohnSundell/Plot.git", exact: "0.14.0"),
    .package(url: "https://github.com/yaslab/CSV.swift.git", exact: "2.5.2"),
  ],
  targets: [
    // FSRS-6 as py-fsrs 6.3.2 computes it, and certainty-based marks: pure, no dependencies.
    .target(name: "ConfidentScheduling"),
    // Pure model and session engine: no I/O, no terminal, no YAML.
    .target(name: "ConfidentCore", dependencies: ["ConfidentScheduling"]),
    // Scenario files: YAML → model, and the checker's diagnostics. Yams is there for its copy of
    // libyaml (the CYaml module): the node tree is composed by YAMLComposer, from libyaml's events.
    .target(
      name: "ConfidentContent",
      dependencies: ["ConfidentCore", .product(name: "Yams", package: "Yams")]
    ),
    // The progress store in progress.sqlite (GRDB), behind ConfidentCore's ProgressStore.
    .target(
      name: "ConfidentStorage",
      dependencies: ["ConfidentCore", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // libedit, seen only by LineEditing.
    .systemLibrary(
      name: "CLibEdit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
    ),
    .target(name: "LineEditing", dependencies: ["CLibEdit"]),
    // libqrencode, seen only by RoomQRCode in ConfidentRoomServer.
    .systemLibrary(
      name: "CQREncode",
      pkgConfig: "libqrencode",
      providers: [.apt(["libqrencode-dev"]), .brew(["qrencode"])]
    ),
    // The room's vote server (Hummingbird, loopback unless asked), behind ConfidentCore's RoomVoteSink.
    .target(
      name: "ConfidentRoomServer",
      dependencies: [
        "ConfidentCore", "CQREncode", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"), .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]
    ),
    // Moodle XML and GIFT export of the cases, and the results as CSV (pure: values in, text out).
    .target(
      name: "ConfidentExport",
      dependencies: ["ConfidentCore", .product(name: "CSV", package: "CSV.swift")]
    ),
    // The self-assessment's report as Markdown and as one self-contained HTML file (Plot).
    .target(
      name: "ConfidentReports",
      dependencies: ["ConfidentCore", .product(name: "Plot", package: "Plot")]
    ),
    // Commands, shell driver and text rendering.
    .target(
      name: "ConfidentCLI",
      dependencies: [
        "ConfidentCore", "ConfidentContent", "ConfidentExport", "LineEditing", "ConfidentRoomServer",
        "ConfidentStorage", "ConfidentReports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "confident", dependencies: ["ConfidentCLI"]),
    // Benchmarks/progress-store.sh: figures for the progress store, not a test.
    .executableTarget(
      name: "progress-store-benchmark",
      dependencies: ["ConfidentStorage"],
      path: "Benchmarks/ProgressStore"
    ),
    // Benchmarks/practice.sh: a practice session on 10,000 cases and 100,000 answers, not a test.
    .executableTarget(
      name: "practice-benchmark",
      dependencies: ["ConfidentCore", "ConfidentStorage"],
      path: "Benchmarks/Practice"
    ),

    // Tests
    .testTarget(name: "ConfidentCoreTests", dependencies: ["ConfidentCore"]),
    // Replays the py-fsrs fixtures of Tests/Fixtures/fsrs (scripts/fsrs-fixtures.py).
    .testTarget(name: "ConfidentSchedulingTests", dependencies: ["ConfidentScheduling"]),
    // Fixtures live in Tests/Fixtures, found from #filePath.
    .testTarget(name: "ConfidentContentTests", dependencies: ["ConfidentContent"]),
    // A second process writing progress.sqlite, for the store's multi-process and SIGKILL tests.
    .executableTarget(
      name: "confident-progress-writer", dependencies: ["ConfidentStorage"], path: "Tests/ProgressWriter"
    ),
    // Depends on the writer so that `swift test` builds it first.
    .testTarget(name: "ConfidentStorageTests", dependencies: ["ConfidentStorage", "confident-progress-writer"]),
    .testTarget(name: "ConfidentCLITests", dependencies: ["ConfidentCLI"]),
    // The self-assessment engine and its reports; the bundled bank for the blind strategies.
    .testTarget(
      name: "ConfidentAssessmentTests", dependencies: ["ConfidentCore", "ConfidentContent", "ConfidentReports"],
      exclude: ["Fixtures"]  // read from the source tree (#filePath), not bundled
    ),
    .testTarget(
      name: "ConfidentExportTests",
      dependencies: ["ConfidentExport", "ConfidentContent", .product(name: "CSV", package: "CSV.swift")]
    ),
    // The real server on 127.0.0.1, asked with URLSession: no HummingbirdTesting, whose
    // AsyncHTTPClient, NIOSSL (BoringSSL) and HTTP/2 cost minutes of clean build.
    .testTarget(name: "ConfidentRoomServerTests", dependencies: ["ConfidentRoomServer", "ConfidentContent"]),
    // Depends on the executable so that `swift test` builds it first.
    .testTarget(name: "ConfidentEndToEndTests", dependencies: ["confident"]),
  ]
)

// CONFIDENT_PURE_TARGETS=1 declares only the pure targets (the model, the scheduler, the scenario
// loader and the C libyaml under Yams) and their tests. `.ci/run` sets it for its AddressSanitizer
// step: `swift test --filter` still builds every target of the package, and Hummingbird, NIO,
// GRDB and the rest under ASan cost minutes on 2 cores for tests that never use them.
if Context.environment["CONFIDENT_PURE_TARGETS"] == "1" {
  let pure: Set = [
    "ConfidentScheduling", "ConfidentCore", "ConfidentContent",
    "ConfidentSchedulingTests", "ConfidentCoreTests", "ConfidentContentTests",
  ]
  package.targets = package.targets.filter { pure.contains($0.name) }
  package.products = package.products.filter { pure.contains($0.name) }
  package.dependencies = [.package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2")]
}
