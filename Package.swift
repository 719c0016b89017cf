// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Confident",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "confident", targets: ["confident"]),
    .library(name: "ConfidentCore", targets: ["ConfidentCore"]),
    .library(name: "ConfidentContent", targets: ["ConfidentContent"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
  ],
  targets: [
    // Pure model and session engine: no I/O, no terminal, no YAML.
    .target(name: "ConfidentCore"),
    // Scenario files: YAML → model, and the checker's diagnostics.
    .target(
      name: "ConfidentContent",
      dependencies: ["ConfidentCore", .product(name: "Yams", package: "Yams")]
    ),
    // libedit, seen only by LineEditing.
    .systemLibrary(
      name: "CLibEdit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
    ),
    .target(name: "LineEditing", dependencies: ["CLibEdit"]),
    // Moodle XML and GIFT export of the cases (pure: text in, text out).
    .target(name: "ConfidentExport", dependencies: ["ConfidentCore"]),
    // Commands, shell driver and text rendering.
    .target(
      name: "ConfidentCLI",
      dependencies: [
        "ConfidentCore", "ConfidentContent", "ConfidentExport", "LineEditing",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "confident", dependencies: ["ConfidentCLI"]),

    // Tests
    .testTarget(name: "ConfidentCoreTests", dependencies: ["ConfidentCore"]),
    // Fixtures live in Tests/Fixtures, found from #filePath.
    .testTarget(name: "ConfidentContentTests", dependencies: ["ConfidentContent"]),
    .testTarget(name: "ConfidentCLITests", dependencies: ["ConfidentCLI"]),
    .testTarget(name: "ConfidentExportTests", dependencies: ["ConfidentExport", "ConfidentContent"]),
    // Depends on the executable so that `swift test` builds it first.
    .testTarget(name: "ConfidentEndToEndTests", dependencies: ["confident"]),
  ]
)
