/// The open pages' reload streams. Each subscriber gets the current build generation at once
/// and every later one, so a page that missed a build while connecting still reloads.
actor ReloadHub {
    private var subscribers: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextID = 0
    private var generation = 0

    func subscribe() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id = nextID
        nextID += 1
        subscribers[id] = continuation
        continuation.yield(generation)
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        return stream
    }

    func publish(_ generation: Int) {
        self.generation = generation
        for continuation in subscribers.values { continuation.yield(generation) }
    }

    /// Ends every stream, so a shutdown does not wait for open pages.
    func finishAll() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }

    private func unsubscribe(_ id: Int) {
        subscribers[id] = nil
    }
}
