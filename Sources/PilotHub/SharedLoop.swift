import Foundation

/// `body(0..<count)` in chunks, each handed to whichever thread asks next (`run`). Any
/// number of threads may run the loop, and a thread busy with something else at first can
/// join later: the build's search index thread renders the document pages that are left
/// once the index is written.
///
/// Small chunks (32 per worker) keep the end even: pages differ in cost, and with a few
/// large chunks one core finished its last while the other still had hundreds of pages to
/// go. Chunks go out alternately from the front and the back (`SiteBuilder.chunkOrder`):
/// neighbouring pages go into the same folder (`methods/…`), and two threads creating
/// entries in one folder wait for each other on its lock in the kernel.
final class SharedLoop: @unchecked Sendable {
    let count: Int
    let chunk: Int
    let chunks: Int
    private let body: @Sendable (Int) -> Void
    /// Guards `next`: a chunk is taken and counted as running in one step.
    private let lock = NSLock()
    private var next = 0
    /// Entered when a chunk is taken, left when it is done.
    private let running = DispatchGroup()

    init(count: Int, workers: Int, _ body: @escaping @Sendable (Int) -> Void) {
        self.count = count
        chunk = max(1, count / (max(1, workers) * 32))
        chunks = (count + chunk - 1) / chunk
        self.body = body
    }

    /// Runs chunks until none is left.
    func run() {
        while let t = take() {
            let c = SiteBuilder.chunkOrder(t, of: chunks)
            for i in (c * chunk)..<min(count, (c + 1) * chunk) { body(i) }
            running.leave()
        }
    }

    /// Waits until every chunk is done, those other threads are still running included.
    /// Call once every chunk has been taken (a `run` on this thread has returned).
    func waitUntilDone() {
        running.wait()
    }

    private func take() -> Int? {
        lock.withLock {
            guard next < chunks else { return nil }
            running.enter()
            next += 1
            return next - 1
        }
    }
}
