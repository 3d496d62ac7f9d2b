import Dispatch

extension Array where Element: Sendable {
    /// `map` on every core (shared with the search stage); results keep the order of the input, so the outcome is
    /// the same as a sequential map whatever order the work finished in.
    package func parallelMap<R: Sendable>(_ transform: @Sendable (Element) -> R) -> [R] {
        if count < 2 { return map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let out = results
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let items = input
            // Each iteration writes only its own slot, so no lock is needed.
            DispatchQueue.concurrentPerform(iterations: count) { i in out[i] = transform(items[i]) }
        }
        let mapped = results.map { $0! }
        _ = results.deinitialize()
        return mapped
    }
}
