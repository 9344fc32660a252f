import ChitieuCore
import ChitieuLoad
import Foundation

/// Builds for someone editing: the same site `SiteBuild.produceSite()` makes, but each rebuild
/// first looks at which input files changed (by their bytes, not their times) and reuses what
/// those files cannot have affected: no change is no build, an edited narrative leaves the
/// values and the other narratives as they were.
public final class BuildSession {
    /// One call of `rebuild()`.
    public struct Rebuild: Sendable {
        /// Input files added, removed or changed since the last build, as paths under the folders given.
        public let changed: [String]
        /// Nil when no input changed since the last build.
        public let production: SiteBuild.Production?
        public let reuse: BuildCache.Reuse?
        public let seconds: Double
    }

    public let options: SiteBuild.Options
    private let cache = BuildCache()
    private var fingerprints: InputFingerprints?

    public init(options: SiteBuild.Options) {
        self.options = options
    }

    /// Folders whose files are the theme: the theme itself and the site's overrides of it.
    var themeFolders: [String] { [options.theme, options.content + "/layouts", options.content + "/assets"] }

    public func rebuild() -> Rebuild {
        let start = Date()
        let scanned = InputFingerprints.scan([options.content, options.theme], reusing: fingerprints)
        let changed = fingerprints.map { scanned.changes(since: $0) } ?? scanned.entries.keys.sorted()
        let previous = fingerprints
        fingerprints = scanned
        guard previous == nil || !changed.isEmpty else { return Rebuild(changed: [], production: nil, reuse: nil, seconds: 0) }
        if changed.contains(where: isTheme) { cache.themeChanged() }
        if let previous {
            let narratives = changed.compactMap { path in
                previous.markdown[path].flatMap { old in scanned.markdown[path].flatMap { NarrativeEdit.narrative(path: path, old: old, new: $0) } }
            }
            if narratives.count == changed.count { cache.prepare(replacing: narratives) }
        }
        let production = SiteBuild(options: options).produceSite(cache: cache)
        let reuse = cache.finishBuild()
        return Rebuild(changed: changed, production: production, reuse: reuse, seconds: Date().timeIntervalSince(start))
    }

    func isTheme(_ path: String) -> Bool {
        themeFolders.contains { path.hasPrefix($0 + "/") }
    }
}
