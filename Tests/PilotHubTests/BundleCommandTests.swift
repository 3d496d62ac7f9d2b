import Foundation
import HubTestSupport
import Testing
@testable import PilotHub

/// `pilothub bundle` end to end, on the sample content.
@Suite("pilothub bundle")
struct BundleCommandTests {
    static var ready: Bool {
        guard pilothubBinary() != nil else { print("skipped: the pilothub binary is not built next to the tests"); return false }
        return BundleProgrammeTests.ready
    }

    @Test("a meeting pack of the sample content is written, reads back with Python's zipfile, and holds the meeting",
          .enabled(if: ready))
    func meetingPack() throws {
        let dir = try ExternalTool.temporaryDirectory("cli")
        let meeting = try #require(ContentLoader.load(contentDirectory: BundleProgrammeTests.content.path).hub?
            .documents(of: .meetings).first)
        let r = try run(pilothubBinary()!, ["bundle", "--content", BundleProgrammeTests.content.path, "--meeting", meeting.slug,
                                            "--output", "traff.zip"], cwd: dir.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Wrote traff.zip: ") || r.stdout.hasPrefix("Skrev traff.zip: "), "\(r.stdout)")
        let check = try ExternalTool.python("""
        import sys, zipfile
        z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None
        n = z.namelist(); print("LÄS MIG.txt" in n, "README.txt" in n, sys.argv[2] in n, "index.html" in n)
        """, arguments: [dir.appendingPathComponent("traff.zip").path, "meetings/\(meeting.slug)/index.html"])
        #expect(check.stdout == "True True True True\n", "\(check.stderr)")
        // A second process (other hash seeds, other thread timing) writes the same bytes.
        let again = try run(pilothubBinary()!, ["bundle", "--content", BundleProgrammeTests.content.path, "--meeting", meeting.slug,
                                                "--output", "traff2.zip"], cwd: dir.path)
        #expect(again.status == 0)
        #expect(try Data(contentsOf: dir.appendingPathComponent("traff.zip")) == Data(contentsOf: dir.appendingPathComponent("traff2.zip")))
    }

    @Test("an unknown meeting, or two scopes at once, is a usage error (64) with a hint", .enabled(if: ready))
    func usageErrors() throws {
        let dir = try ExternalTool.temporaryDirectory("cli")
        let content = BundleProgrammeTests.content.path
        let meeting = try #require(ContentLoader.load(contentDirectory: content).hub?.documents(of: .meetings).first)
        let typo = String(meeting.slug.dropLast())
        let r = try run(pilothubBinary()!, ["bundle", "--content", content, "--meeting", typo, "--output", "x.zip"], cwd: dir.path,
                        env: ["LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"])
        #expect(r.status == 64)
        #expect(r.stderr.contains(meeting.slug), "\(r.stderr)")
        let both = try run(pilothubBinary()!, ["bundle", "--content", content, "--tag", "x", "--handbook"], cwd: dir.path)
        #expect(both.status == 64)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.zip").path))
    }
}
