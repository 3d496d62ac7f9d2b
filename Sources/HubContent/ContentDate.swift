/// A calendar date in content (`date`, `period.start` …), validated to exist.
public struct ContentDate: Sendable, Hashable, Comparable, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: ContentDate, b: ContentDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        // Pages write each date a few times (52,000 at 1,000 documents): ten ASCII bytes make a
        // small string, with no allocation and no string interpolation.
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else { return Self.paddedISO(year, month, day) }
        return String(unsafeUninitializedCapacity: 10) { b in
            let digit = { (n: Int) in UInt8(truncatingIfNeeded: 0x30 + n) }
            b[0] = digit(year / 1000); b[1] = digit(year / 100 % 10); b[2] = digit(year / 10 % 10); b[3] = digit(year % 10)
            b[4] = UInt8(ascii: "-"); b[5] = digit(month / 10); b[6] = digit(month % 10)
            b[7] = UInt8(ascii: "-"); b[8] = digit(day / 10); b[9] = digit(day % 10)
            return 10
        }
    }

    /// The definition of `iso`: each part zero-padded to its width (4, 2, 2).
    static func paddedISO(_ year: Int, _ month: Int, _ day: Int) -> String {
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Whether year-month-day names a real day of the Gregorian calendar.
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}
