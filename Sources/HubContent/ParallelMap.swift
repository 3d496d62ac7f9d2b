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
        // Moved out, not copied: a copy retains every reference a result holds (a loaded
        // document has dozens) and freeing the buffer releases them again, all on this thread.
        return [R](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<results.count { (buffer.baseAddress! + i).initialize(to: (results.baseAddress! + i).move()!) }
            initialized = results.count
        }
    }
}

/// A value computed on another thread, for work that can overlap the caller's (shared with
/// the search and site stages).
package final class Background<T: Sendable>: @unchecked Sendable {
    /// Written once by the work, read after `group` says it is done.
    private var value: T?
    private let group = DispatchGroup()

    package init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async(group: group) { self.value = work() }
    }

    /// The value, once the work is done.
    package func wait() -> T {
        group.wait()
        return value!
    }
}
