import Dispatch

/// Lets go of a large value on another thread. Taking a national model apart is hundreds of
/// thousands of reference-count decrements and frees, a tenth of a second on one core at scale 1,
/// that no one needs to wait for: a command-line build exits without finishing it, and the
/// preview server frees it while the browser reloads.
public enum BackgroundRelease {
    public static func release<Value: Sendable>(_ value: consuming Value) {
        let value = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
    }
}
