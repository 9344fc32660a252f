import ChitieuCore
import ChitieuModel
import Foundation
import Yams

/// What loading a content folder gives: the model, when the site settings could be read, and
/// every diagnostic found. Later stages run only when there are no errors.
public struct LoadResult: Sendable {
    public let content: Content?
    public let diagnostics: [Diagnostic]

    public var succeeded: Bool { content != nil && !diagnostics.hasErrors }
}

/// Loads and validates a content folder (see docs/content-format.md). Never throws: a file that
/// cannot be used is a diagnostic, and loading goes on to find the rest.
public struct ContentLoader {
    public let root: String

    public init(root: String) {
        self.root = root
    }

    public func load() -> LoadResult {
        let log = DiagnosticLog()
        let files = ContentFileReader(root: root)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.error(SourceLocation(file: root), "content folder does not exist", hint: "pass the folder with --content DIR")
            return LoadResult(content: nil, diagnostics: log.items)
        }
        let site = yaml("site.yaml", files, log).flatMap { SiteLoader(reader: $1).load($0) }
        let jurisdictionsYAML = yaml("jurisdictions.yaml", files, log)
        let indicatorsYAML = yaml("indicators.yaml", files, log)
        let jurisdictions = jurisdictionsYAML.map { JurisdictionLoader(reader: $1).load($0) } ?? []
        let indicators = indicatorsYAML.map { IndicatorLoader(reader: $1).load($0) } ?? []
        // The CSV data loads on another thread while the plans do: at national scale each is
        // a fifth of loading. It keeps a log of its own, added after the plans' and pages'.
        let data = Background(inline: false) { () -> ([Figure], [Diagnostic]) in
            let log = DiagnosticLog()
            let figures = listing("data", extension: "csv", files, log).flatMap { name in
                files.read("data/" + name, log: log).map { CSVFigureLoader(file: files.displayPath("data/" + name), log: log).load($0) } ?? []
            }
            return (figures, log.items)
        }
        let planFolder = PlanFolder(files: files, log: log)
        let plans = planFolder.load()
        let pages = PageFolder(files: files, log: log).load()
        let (dataFigures, dataDiagnostics) = data.value()
        log.append(contentsOf: dataDiagnostics)
        guard let site else { return LoadResult(content: nil, diagnostics: log.items.sortedForDisplay()) }
        let content = Content(site: site, jurisdictions: jurisdictions, indicators: indicators, plans: plans, pages: pages, dataFigures: dataFigures)
        let declared = DeclaredIDs(
            jurisdictions: jurisdictionsYAML.map { DeclaredIDs.ids(in: $0.0) },
            indicators: indicatorsYAML.map { DeclaredIDs.ids(in: $0.0) },
            plans: Set(planFolder.ids()),
            complete: !log.hasErrors
        )
        ContentValidator(content: content, declared: declared, log: log).validate()
        return LoadResult(content: content, diagnostics: log.items.sortedForDisplay())
    }

    func yaml(_ name: String, _ files: ContentFileReader, _ log: DiagnosticLog) -> (Yams.Node, NodeReader)? {
        guard let text = files.read(name, log: log) else { return nil }
        let path = files.displayPath(name)
        guard let node = YAMLText.parse(text, file: path, log: log) else { return nil }
        return (node, NodeReader(file: path, lineOffset: 0, log: log))
    }
}

/// The sorted names of the files with one extension in a content subfolder; a missing folder is
/// simply empty, and anything else there is named so a misplaced file isn't silently ignored.
func listing(_ folder: String, extension ext: String, _ files: ContentFileReader, _ log: DiagnosticLog) -> [String] {
    let path = files.displayPath(folder)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
    var kept: [String] = []
    for name in names.sorted() where !name.hasPrefix(".") {
        if name.hasSuffix("." + ext) {
            kept.append(name)
        } else {
            log.warning(SourceLocation(file: files.displayPath(folder + "/" + name)), "file is ignored: only .\(ext) files are read in \(folder)/")
        }
    }
    return kept
}
