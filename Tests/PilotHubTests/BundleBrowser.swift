import Foundation
import HubTestSupport

/// Drives headless Chromium over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
/// JSON messages ending in NUL on file descriptors 3 and 4), from Python so that the test
/// needs no WebSocket client. Each step is a JSON object: navigate to a URL, evaluate an
/// expression (promises awaited), click the first element matching a selector and wait for
/// the next page, or poll an expression until it is truthy. The answers come back as one
/// JSON list. A generous overall timeout guards against a hang.
enum BundleBrowser {
    static var chromium: String? {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            if let path = ExternalTool.find(name) { return path }
        }
        return nil
    }

    static var available: Bool {
        let ok = chromium != nil && ExternalTool.find("python3") != nil
        if !ok { print("skipped: headless Chromium test needs chromium and python3 (apt-get install -y chromium)") }
        return ok
    }

    static let driver = #"""
    import os, sys, json, subprocess, time, select, tempfile, shutil
    chrome, steps = sys.argv[1], json.loads(sys.argv[2])
    to_child_r, to_child_w = os.pipe()
    from_child_r, from_child_w = os.pipe()
    profile = tempfile.mkdtemp(prefix="pilothub-chromium-")
    def setup():
        # Via high numbers, so that neither pipe end is clobbered, and inheritable, since
        # Python opens pipes close-on-exec.
        a, b = os.dup(to_child_r), os.dup(from_child_w)
        hi_a, hi_b = os.dup2(a, 200), os.dup2(b, 201)
        os.dup2(200, 3); os.dup2(201, 4)
        os.set_inheritable(3, True); os.set_inheritable(4, True)
    proc = subprocess.Popen([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--allow-file-access-from-files", "--remote-debugging-pipe",
                             "--user-data-dir=" + profile, "about:blank"],
                            preexec_fn=setup, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(to_child_r); os.close(from_child_w)
    deadline = time.time() + 90
    buf, next_id, events = b"", [0], []
    def send(method, params=None, session=None):
        next_id[0] += 1
        msg = {"id": next_id[0], "method": method, "params": params or {}}
        if session: msg["sessionId"] = session
        os.write(to_child_w, json.dumps(msg).encode() + b"\0")
        return next_id[0]
    def read_one():
        global buf
        while b"\0" not in buf:
            if time.time() > deadline: raise SystemExit("timeout waiting for Chromium")
            r, _, _ = select.select([from_child_r], [], [], 1)
            if r:
                chunk = os.read(from_child_r, 65536)
                if not chunk: raise SystemExit("Chromium closed the pipe")
                buf += chunk
        msg, buf = buf.split(b"\0", 1)
        return json.loads(msg)
    def call(method, params=None, session=None):
        i = send(method, params, session)
        while True:
            m = read_one()
            if m.get("id") == i:
                if "error" in m: raise SystemExit(f"{method}: {m['error']}")
                return m.get("result", {})
            events.append(m)
    def wait_event(name, session):
        while True:
            for k, e in enumerate(events):
                if e.get("method") == name and e.get("sessionId") == session:
                    del events[k]; return e
            events.append(read_one())
    target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    call("Page.enable", session=session); call("Runtime.enable", session=session)
    def evaluate(expr):
        r = call("Runtime.evaluate", {"expression": expr, "awaitPromise": True, "returnByValue": True}, session)
        if "exceptionDetails" in r: return {"exception": r["exceptionDetails"].get("exception", {}).get("description", str(r["exceptionDetails"]))}
        return r["result"].get("value")
    out = []
    try:
        for step in steps:
            if "navigate" in step:
                events.clear()
                call("Page.navigate", {"url": step["navigate"]}, session)
                wait_event("Page.loadEventFired", session)
                out.append(evaluate("location.href"))
            elif "click" in step:
                events.clear()
                href = evaluate("(() => { const a = document.querySelector(%s); if (!a) return null; const h = a.href; a.click(); return h; })()" % json.dumps(step["click"]))
                if href: wait_event("Page.loadEventFired", session)
                out.append(href)
            elif "poll" in step:
                value, end = None, time.time() + step.get("seconds", 10)
                while time.time() < end:
                    value = evaluate(step["poll"])
                    if value: break
                    time.sleep(0.2)
                out.append(value)
            elif "evaluate" in step:
                out.append(evaluate(step["evaluate"]))
    finally:
        try: call("Browser.close")
        except BaseException: pass
        try: proc.wait(timeout=10)
        except Exception: proc.kill()
        shutil.rmtree(profile, ignore_errors=True)
    print(json.dumps(out, ensure_ascii=False))
    """#

    /// Runs `steps` (see the type's notes) and returns one answer per step.
    static func run(_ steps: [[String: Any]]) throws -> [Any] {
        let json = String(decoding: try JSONSerialization.data(withJSONObject: steps), as: UTF8.self)
        let out = try ExternalTool.python(driver, arguments: [chromium!, json])
        guard out.status == 0 else { throw BrowserError(message: out.stderr + out.stdout) }
        return try JSONSerialization.jsonObject(with: Data(out.stdout.utf8), options: [.fragmentsAllowed]) as! [Any]
    }

    struct BrowserError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
