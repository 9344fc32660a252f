import Dispatch

/// Lets go of a large value on another thread. Taking a national model apart is hundreds of
/// thousands of reference-count decrements and frees, a tenth of a second on one core at scale 1,
/// that no one needs to wait for: a command-line build exits without finishing it, and the
/// preview server frees it while the browser reloads.
public enum BackgroundRelease {
    /// The value is moved into a box that the other thread empties, so it is freed there even when
    /// that thread runs before the caller has returned; the caller must hold no other reference.
    public static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Released(consume value)
        DispatchQueue.global(qos: .utility).async { box.drop() }
    }
}

/// Written once on the caller's thread, emptied once on the releasing thread, never both at once.
private final class Released<Value: Sendable>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) { self.value = consume value }

    func drop() { value = nil }
}
