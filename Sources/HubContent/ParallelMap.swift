import Dispatch

extension Array where Element: Sendable {
    /// `map` on every core (shared with the search stage); results keep the order of the input, so the outcome is
    /// the same as a sequential map whatever order the work finished in.
    package func parallelMap<R: Sendable>(_ transform: @Sendable (Element) -> R) -> [R] {
        if count < 2 { return map(transform) }
        // Each result is put straight into its place in the array, which is uninitialized
        // until every iteration is done: no `R?` slots (this generic code runs unspecialized,
        // and every assignment to an optional slot looked up the metadata of `R?` at run time)
        // and no second pass moving results out of them.
        return [R](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let out = buffer.baseAddress!
            self.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let items = input
                // Each iteration initializes only its own slot, so no lock is needed.
                DispatchQueue.concurrentPerform(iterations: count) { i in (out + i).initialize(to: transform(items[i])) }
            }
            initialized = count
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
