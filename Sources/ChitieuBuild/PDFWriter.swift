import ChitieuCore
import Foundation

/// Prints one page of a built site to PDF with WeasyPrint: Python started directly (an argument
/// list, no shell), stopped when it runs past its time limit, reading only the site's own files.
public struct PDFWriter: Sendable {
    public enum Failure: Error, Equatable, Sendable {
        case weasyPrintMissing
        case timedOut(seconds: Double)
        case failed(status: Int32, message: String)
    }

    /// Interpreters tried in order until one has WeasyPrint: Debian's package installs it for
    /// `/usr/bin/python3`, which a `python3` earlier on PATH (pyenv, a virtualenv) may not see.
    public var interpreters: [String]
    public var timeLimit: Double

    public init(interpreters: [String]? = nil, timeLimit: Double = 120) {
        self.interpreters = interpreters ?? Self.defaultInterpreters()
        self.timeLimit = timeLimit
    }

    /// `CHITIEU_PYTHON` when set, then Debian's Python, then every `python3` on PATH.
    public static func defaultInterpreters(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var found: [String] = []
        if let chosen = environment["CHITIEU_PYTHON"], !chosen.isEmpty { found.append(chosen) }
        found.append("/usr/bin/python3")
        for folder in (environment["PATH"] ?? "").split(separator: ":") { found.append("\(folder)/python3") }
        var seen = Set<String>()
        return found.filter { FileManager.default.isExecutableFile(atPath: $0) && seen.insert($0).inserted }
    }

    /// Writes `page` (a path inside `site`, e.g. `reports/ninh-binh/2025/index.html`) to `pdf`
    /// and returns its number of pages. `origin` and `basePath` are where the site is published,
    /// so its links keep their addresses in the PDF.
    public func write(page: String, site: URL, origin: String, basePath: String, to pdf: URL) -> Result<Int, Failure> {
        let partial = pdf.deletingLastPathComponent().appendingPathComponent(".\(pdf.lastPathComponent).partial")
        defer { try? FileManager.default.removeItem(at: partial) }
        for interpreter in interpreters {
            let arguments = ["-c", WeasyPrintScript.source, page, site.path, origin, basePath, partial.path]
            switch run(interpreter, arguments) {
            case .success(let output):
                guard let pages = Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                    return .failure(.failed(status: 0, message: "WeasyPrint gave no page count: \(output)"))
                }
                return Self.replace(pdf, with: partial).map { pages }
            case .failure(.weasyPrintMissing): continue
            case .failure(let failure): return .failure(failure)
            }
        }
        return .failure(.weasyPrintMissing)
    }

    /// Runs one process to its end or its time limit. Its output goes to temporary files, not
    /// pipes, so a chatty WeasyPrint can never block on a full pipe.
    func run(_ executable: String, _ arguments: [String]) -> Result<String, Failure> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chitieu-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let out = folder.appendingPathComponent("out"), err = folder.appendingPathComponent("err")
            let outcome = try ChildProcess(executable: executable, arguments: arguments).run(timeLimit: timeLimit, stdout: out.path, stderr: err.path)
            guard case .exited(let status) = outcome else { return .failure(.timedOut(seconds: timeLimit)) }
            let output = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            let errors = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            if status == 3 { return .failure(.weasyPrintMissing) }
            guard status == 0 else { return .failure(.failed(status: status, message: Self.lastLines(errors))) }
            return .success(output)
        } catch {
            return .failure(.failed(status: -1, message: "\(executable) cannot be started: \(error)"))
        }
    }

    /// The PDF is written beside its place and moved in only once complete, so a failure leaves
    /// an earlier PDF of the same name as it was.
    static func replace(_ pdf: URL, with partial: URL) -> Result<Void, Failure> {
        do {
            if FileManager.default.fileExists(atPath: pdf.path) { try FileManager.default.removeItem(at: pdf) }
            try FileManager.default.moveItem(at: partial, to: pdf)
            return .success(())
        } catch {
            return .failure(.failed(status: 0, message: "the PDF cannot be moved into place: \(error)"))
        }
    }

    /// A Python traceback's end says what went wrong; its beginning rarely does.
    static func lastLines(_ text: String, count: Int = 6) -> String {
        text.split(separator: "\n").suffix(count).joined(separator: "\n")
    }
}

extension PDFWriter.Failure {
    /// The failure as a diagnostic on the PDF it was to write, with what to do about it.
    public func diagnostic(_ pdf: String) -> Diagnostic {
        switch self {
        case .weasyPrintMissing:
            return .error(SourceLocation(file: pdf), "WeasyPrint is not installed, so no PDF can be written",
                          hint: "install the Debian package 'weasyprint' (./scripts/setup does), or set CHITIEU_PYTHON to a python3 that has it")
        case .timedOut(let seconds):
            return .error(SourceLocation(file: pdf), "WeasyPrint ran longer than \(Int(seconds)) s and was stopped",
                          hint: "raise the limit with --time-limit SECONDS")
        case .failed(let status, let message):
            return .error(SourceLocation(file: pdf), "WeasyPrint failed (status \(status)): \(message)")
        }
    }
}
