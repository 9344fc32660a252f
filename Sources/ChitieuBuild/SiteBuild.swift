import ChitieuCompute
import ChitieuCore
import ChitieuLoad
import ChitieuModel
import Foundation

/// One build: load, compute, produce every output file, write them atomically. Diagnostics from
/// every stage come back together; nothing is written when any is an error.
public struct SiteBuild {
    public struct Options: Sendable {
        public var content: String
        public var output: String
        public var dataOnly: Bool

        public init(content: String, output: String, dataOnly: Bool = false) {
            self.content = content
            self.output = output
            self.dataOnly = dataOnly
        }
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var files: Int
        public var wrote: Bool
    }

    public let options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Everything up to, not including, writing: the files the site consists of.
    public func produce() -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let loaded = ContentLoader(root: options.content).load()
        guard let content = loaded.content, !loaded.diagnostics.hasErrors else { return ([], loaded.diagnostics) }
        let computed = Engine.compute(content)
        var diagnostics = (loaded.diagnostics + computed.diagnostics).sortedForDisplay()
        guard !diagnostics.hasErrors else { return ([], diagnostics) }
        do {
            return (try DataExport(values: computed.values).files(), diagnostics)
        } catch {
            diagnostics.append(.error(SourceLocation(file: options.output), "\(error)"))
            return ([], diagnostics)
        }
    }

    public func run() -> Outcome {
        let (files, diagnostics) = produce()
        guard !diagnostics.hasErrors else { return Outcome(diagnostics: diagnostics, files: 0, wrote: false) }
        do {
            try AtomicOutput(output: URL(fileURLWithPath: options.output)).write(files)
            return Outcome(diagnostics: diagnostics, files: files.count, wrote: true)
        } catch {
            let failure = Diagnostic.error(SourceLocation(file: options.output), "the site cannot be written: \(error)",
                                           hint: "the previous site, if any, is untouched")
            return Outcome(diagnostics: diagnostics + [failure], files: 0, wrote: false)
        }
    }
}
