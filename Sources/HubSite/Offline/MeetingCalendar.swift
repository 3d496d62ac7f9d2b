import HubContent

/// The `.ics` file of a meeting (RFC 5545): one all-day `VEVENT` on the meeting's date.
///
/// Deterministic: `UID` comes from the slug (so re-importing updates the same event instead of
/// adding a copy), and `DTSTAMP`, which must be a UTC date-time, comes from the content
/// (`updated`, else `date`, at midnight UTC) rather than from the clock.
public enum MeetingCalendar {
    /// The calendar's bytes, or nil when `meeting` is not a meeting with a date.
    /// - Parameters:
    ///   - pageURL: the meeting page's absolute address, when `base_url` is known.
    ///   - domain: the right-hand side of the UID (`base_url`'s host), `pilothub.invalid` otherwise.
    public static func ics(for meeting: Document, pageURL: String? = nil, domain: String? = nil) -> [UInt8]? {
        guard case .meeting(let details) = meeting.details, let date = meeting.date else { return nil }
        let stamp = meeting.updated ?? date
        var description: [String] = []
        if let s = meeting.summary, !s.isEmpty { description.append(s) }
        for item in details.agenda {
            description.append([item.time, item.item].compactMap { $0 }.joined(separator: " "))
        }
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//PilotHub//PilotHub//" + (meeting.lang == "en" ? "EN" : "SV"),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:" + escape("meeting-" + meeting.slug + "@" + (domain ?? "pilothub.invalid")),
            "DTSTAMP:" + compact(stamp) + "T000000Z",
            "DTSTART;VALUE=DATE:" + compact(date),
            // DTEND of an all-day event is exclusive: the next day.
            "DTEND;VALUE=DATE:" + compact(date.nextDay),
            "SUMMARY:" + escape(meeting.title),
        ]
        if let place = details.place, !place.isEmpty { lines.append("LOCATION:" + escape(place)) }
        if !description.isEmpty { lines.append("DESCRIPTION:" + escape(description.joined(separator: "\n"))) }
        if let url = pageURL { lines.append("URL:" + url) }
        lines += ["END:VEVENT", "END:VCALENDAR"]
        var out: [UInt8] = []
        for line in lines { out += fold(line) }
        return out
    }

    /// `YYYYMMDD`.
    static func compact(_ d: ContentDate) -> String {
        // Bytes, not `replacingOccurrences` (a Foundation search per call): `-` is one byte.
        String(decoding: d.iso.utf8.filter { $0 != 0x2D }, as: UTF8.self)
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, `;` and `,` get a backslash, a line break
    /// becomes `\n`; other control characters cannot appear and are dropped.
    static func escape(_ s: String) -> String {
        // On the UTF-8 bytes: every character changed or dropped is ASCII, so no byte of a
        // longer sequence matches one.
        var s = s
        let bytes = s.withUTF8 { p -> [UInt8] in
            var out: [UInt8] = []
            out.reserveCapacity(p.count + 8)
            for b in p {
                switch b {
                case 0x5C: out += [0x5C, 0x5C]
                case 0x3B: out += [0x5C, 0x3B]
                case 0x2C: out += [0x5C, 0x2C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x09: out.append(b)
                case ..<0x20, 0x7F: continue
                default: out.append(b)
                }
            }
            return out
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One content line with its CRLF, folded (RFC 5545 3.1) so that no physical line is
    /// longer than 75 octets: a fold is CRLF plus one space, and never splits a UTF-8 sequence.
    static func fold(_ line: String) -> [UInt8] {
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        var start = 0
        var limit = 75  // the first line has all 75 octets; later ones lose one to the space
        while bytes.count - start > limit {
            var end = start + limit
            // Back up to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
            while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            out += bytes[start..<end]
            out += [0x0D, 0x0A, 0x20]
            start = end
            limit = 74
        }
        out += bytes[start...]
        out += [0x0D, 0x0A]
        return out
    }
}

extension ContentDate {
    /// The following calendar day.
    public var nextDay: ContentDate {
        if ContentDate.isValid(year: year, month: month, day: day + 1) { return ContentDate(year: year, month: month, day: day + 1) }
        if month < 12 { return ContentDate(year: year, month: month + 1, day: 1) }
        return ContentDate(year: year + 1, month: 1, day: 1)
    }
}
