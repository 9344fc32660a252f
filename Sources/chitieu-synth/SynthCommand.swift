import ArgumentParser
import ChitieuSynth
import Foundation

/// `chitieu-synth --scale N --output DIR`: writes a synthetic national content folder.
@main
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chitieu-synth",
        abstract: "Write a synthetic national-scale content folder, for benchmarks.",
        discussion: "Scale 1 is the 63 former provinces merged into 34 units, 30 indicators and 161 plans; scale N adds districts so that the site has about N times the pages. The output is the same for the same N."
    )

    @Option(help: "How many times the pages of scale 1.")
    var scale = 1

    @Option(help: "The content folder to write; it must not exist or be empty, unless --force.")
    var output: String

    @Flag(help: "Replace the output folder if it exists.")
    var force = false

    func validate() throws {
        guard scale >= 1 && scale <= 256 else { throw ValidationError("--scale must be between 1 and 256") }
    }

    func run() throws {
        let manager = FileManager.default
        let root = URL(fileURLWithPath: output)
        if let existing = try? manager.contentsOfDirectory(atPath: root.path), !existing.isEmpty {
            guard force else { throw ValidationError("\(output) is not empty; pass --force to replace it") }
            try manager.removeItem(at: root)
        }
        let files = SyntheticSite(scale: scale).files()
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        print("wrote \(output): \(files.count) files, scale \(scale) (synthetic data)")
    }
}
