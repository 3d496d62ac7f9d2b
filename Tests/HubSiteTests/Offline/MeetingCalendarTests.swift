import Foundation
import Testing
import HubContent
import HubTestSupport
@testable import HubSite

@Suite("Meeting calendar files")
struct MeetingCalendarTests {
    let meeting = OfflineFixture.hub[OfflineFixture.id(.meetings, "traff-1")]!

    var text: String {
        String(decoding: MeetingCalendar.ics(for: meeting, pageURL: "https://hub.example.se/pilot/meetings/traff-1/",
                                             domain: "hub.example.se")!, as: UTF8.self)
    }

    /// Undoes RFC 5545 folding: CRLF followed by one space or tab disappears.
    func unfolded(_ s: String) -> [String] {
        s.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast().map { $0 }
    }

    /// RFC 5545 TEXT escaping by scalars, as first written: the definition the byte
    /// version must match.
    static func escapeByScalars(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default:
                if c.value < 0x20 && c != "\t" || c.value == 0x7F { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    @Test("TEXT escaping on bytes equals escaping by scalars")
    func escapeBytes() {
        var rng = SplitMix(seed: 21)
        let pieces = ["a", "å", "\\", ";", ",", "\n", "\r", "\t", "\u{7F}", "\u{1}", " ", "é", "😀", "\u{301}", "\r\n"]
        for _ in 0..<3_000 {
            let text = (0..<rng.below(10)).map { _ in pieces[rng.below(pieces.count)] }.joined()
            #expect(MeetingCalendar.escape(text) == Self.escapeByScalars(text), "\(text.debugDescription)")
        }
        #expect(MeetingCalendar.compact(ContentDate(year: 2025, month: 3, day: 7)) == "20250307")
    }

    @Test("every line ends in CRLF and holds at most 75 octets")
    func lines() {
        let bytes = Array(text.utf8)
        #expect(bytes.suffix(2) == [0x0D, 0x0A])
        var length = 0
        var longest = 0
        for (i, b) in bytes.enumerated() {
            if b == 0x0A {
                #expect(i > 0 && bytes[i - 1] == 0x0D)
                length = 0
            } else if b != 0x0D {
                length += 1
                longest = max(longest, length)
            }
        }
        #expect(longest <= 75)
    }

    @Test("an all-day event on the meeting's date, ending the next day, with a stable UID and DTSTAMP")
    func event() {
        let lines = unfolded(text)
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.last == "END:VCALENDAR")
        #expect(lines.contains("VERSION:2.0"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20250228"))
        #expect(lines.contains("DTEND;VALUE=DATE:20250301"))
        #expect(lines.contains("UID:meeting-traff-1@hub.example.se"))
        #expect(lines.contains("DTSTAMP:20250228T000000Z"))
        #expect(lines.contains("SUMMARY:Träff 1\\; Malmö\\, vår"))
        #expect(lines.contains("LOCATION:Malmö\\, Science Park"))
        #expect(lines.contains("DESCRIPTION:Vi ses\\\\ och lär\\n09:00 Välkomna\\n09:30 Behovsanalys i praktiken\\nLärdomar från Beta"))
        #expect(lines.contains("URL:https://hub.example.se/pilot/meetings/traff-1/"))
        #expect(text == String(decoding: MeetingCalendar.ics(for: meeting, pageURL: "https://hub.example.se/pilot/meetings/traff-1/", domain: "hub.example.se")!, as: UTF8.self))
    }

    @Test("folding never splits a UTF-8 sequence and unfolds to the original line",
          arguments: [String(repeating: "å", count: 100), String(repeating: "a", count: 75), String(repeating: "a", count: 76),
                      "SUMMARY:" + String(repeating: "Säker digitalisering ", count: 12)])
    func folding(_ line: String) {
        let folded = MeetingCalendar.fold(line)
        #expect(String(validating: folded, as: UTF8.self) != nil)
        let physical = String(decoding: folded, as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        for p in physical { #expect(p.utf8.count <= 75) }
        #expect(unfolded(String(decoding: folded, as: UTF8.self)) == [line])
        // Every piece stays valid UTF-8 on its own.
        for p in physical { #expect(!p.unicodeScalars.contains("\u{FFFD}")) }
    }

    @Test("the next day crosses months, years and leap days")
    func nextDay() {
        #expect(ContentDate(year: 2024, month: 2, day: 28).nextDay == ContentDate(year: 2024, month: 2, day: 29))
        #expect(ContentDate(year: 2025, month: 2, day: 28).nextDay == ContentDate(year: 2025, month: 3, day: 1))
        #expect(ContentDate(year: 2025, month: 12, day: 31).nextDay == ContentDate(year: 2026, month: 1, day: 1))
        #expect(ContentDate(year: 2025, month: 4, day: 30).nextDay == ContentDate(year: 2025, month: 5, day: 1))
    }

    @Test("only meetings with a date get a calendar file")
    func onlyMeetings() {
        #expect(MeetingCalendar.ics(for: OfflineFixture.hub.documents[0]) == nil)
        var undated = meeting
        undated.date = nil
        #expect(MeetingCalendar.ics(for: undated) == nil)
    }
}
