/// Reading dates and timestamps as YAML writes them, and printing them as Python's
/// `isoformat()` does (the conformance data's format).
extension YAMLDate {
    /// A `YYYY-MM-DD` date that exists in the calendar; nil for anything else,
    /// including impossible dates such as `2024-13-45` or `2023-02-29`.
    public init?(iso text: some StringProtocol) {
        self.init(iso: Array(text.utf8))
    }

    init?(iso text: [UInt8]) {
        guard text.count == 10, text[4] == .dash, text[7] == .dash,
              let year = Self.digits(text, 0, 4), let month = Self.digits(text, 5, 2), let day = Self.digits(text, 8, 2),
              Self.isValid(year: year, month: month, day: day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Whether the date exists (year 1-9999, as Python's `date` accepts).
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...9999).contains(year) && (1...12).contains(month) && day >= 1 && day <= daysInMonth(month, year: year)
    }

    /// Days in `month` (1-12) of the proleptic Gregorian `year`.
    public static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The number written by `count` ASCII digits at `start`, or nil.
    static func digits(_ text: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= text.count else { return nil }
        var n = 0
        for i in start..<(start + count) {
            guard text[i].isDigit else { return nil }
            n = n * 10 + Int(text[i] - 0x30)
        }
        return n
    }
}

extension YAMLTimestamp {
    /// A YAML timestamp: `YYYY-M-D` then `T`, `t` or spaces, `H:MM:SS`, an optional
    /// fraction, and an optional zone (`Z`, `+01`, `-05:30`, spaces allowed before it).
    /// Nil when the text is not one, or names a time that does not exist.
    public init?(yaml text: some StringProtocol) {
        self.init(yaml: Array(text.utf8))
    }

    init?(yaml t: [UInt8]) {
        var i = 0
        func number(maxDigits: Int, minDigits: Int) -> Int? {
            var n = 0, count = 0
            while i < t.count, count < maxDigits, t[i].isDigit {
                n = n * 10 + Int(t[i] - 0x30)
                i += 1
                count += 1
            }
            return count >= minDigits ? n : nil
        }
        func expect(_ b: UInt8) -> Bool {
            guard i < t.count, t[i] == b else { return false }
            i += 1
            return true
        }
        guard let year = number(maxDigits: 4, minDigits: 4), expect(.dash),
              let month = number(maxDigits: 2, minDigits: 1), expect(.dash),
              let day = number(maxDigits: 2, minDigits: 1), i < t.count else { return nil }
        if t[i] == UInt8(ascii: "T") || t[i] == UInt8(ascii: "t") {
            i += 1
        } else {
            guard t[i].isWhite else { return nil }
            while i < t.count, t[i].isWhite { i += 1 }
        }
        guard let hour = number(maxDigits: 2, minDigits: 1), expect(.colon),
              let minute = number(maxDigits: 2, minDigits: 2), expect(.colon),
              let second = number(maxDigits: 2, minDigits: 2) else { return nil }
        var microsecond = 0
        if expect(.dot) {
            var digits = 0
            while i < t.count, t[i].isDigit {
                // Python keeps microseconds: the first six digits, padded with zeros.
                if digits < 6 { microsecond = microsecond * 10 + Int(t[i] - 0x30) }
                digits += 1
                i += 1
            }
            for _ in min(digits, 6)..<6 { microsecond *= 10 }
        }
        while i < t.count, t[i].isWhite { i += 1 }
        var offset: Int?
        if i < t.count {
            if t[i] == UInt8(ascii: "Z") {
                offset = 0
                i += 1
            } else if t[i] == .plus || t[i] == .dash {
                let sign = t[i] == .dash ? -1 : 1
                i += 1
                guard let hours = number(maxDigits: 2, minDigits: 1) else { return nil }
                var minutes = 0
                if expect(.colon) {
                    guard let m = number(maxDigits: 2, minDigits: 2) else { return nil }
                    minutes = m
                }
                guard hours < 24, minutes < 60 else { return nil }
                offset = sign * (hours * 60 + minutes)
            } else {
                return nil
            }
        } else if i > 0, t[i - 1].isWhite {
            return nil
        }
        guard i == t.count, YAMLDate.isValid(year: year, month: month, day: day),
              hour < 24, minute < 60, second < 60 else { return nil }
        self.init(date: YAMLDate(year: year, month: month, day: day), hour: hour, minute: minute,
                  second: second, microsecond: microsecond, offsetMinutes: offset)
    }

    /// Python's `isoformat()`: `2024-03-05T14:30:00.500000+01:00`; the fraction only when
    /// not zero, the offset only when the timestamp has a zone (`Z` is `+00:00`).
    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var s = "\(date.iso)T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        if microsecond != 0 { s += "." + pad(microsecond, 6) }
        if let offset = offsetMinutes {
            s += (offset < 0 ? "-" : "+") + pad(abs(offset) / 60, 2) + ":" + pad(abs(offset) % 60, 2)
        }
        return s
    }
}
