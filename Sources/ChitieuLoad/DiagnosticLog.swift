import Foundation
import ChitieuCore

/// Collects diagnostics while a content folder loads, so every problem is reported in one run.
/// A reference type because every reader in one load appends to the same log.
final class DiagnosticLog {
    private(set) var items: [Diagnostic] = []

    func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        items.append(.error(location, message, hint: hint))
    }

    func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        items.append(.warning(location, message, hint: hint))
    }

    func append(contentsOf diagnostics: [Diagnostic]) {
        items.append(contentsOf: diagnostics)
    }

    var hasErrors: Bool { items.hasErrors }
}
