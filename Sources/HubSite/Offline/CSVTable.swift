/// A table written as CSV by RFC 4180: CRLF after every record, a field quoted when it holds
/// the separator, a quote, CR or LF (quotes doubled inside), and a UTF-8 byte order mark in
/// front so that Excel reads `å ä ö` correctly.
public struct CSVTable: Sendable {
    /// `,` is RFC 4180's separator. `;` is what Excel expects where the decimal mark is a
    /// comma (Swedish settings), so PilotHub writes both files.
    public enum Separator: Sendable {
        case comma, semicolon
        var byte: UInt8 { self == .comma ? UInt8(ascii: ",") : UInt8(ascii: ";") }
    }

    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    /// The file's bytes.
    public func bytes(separator: Separator = .comma, byteOrderMark: Bool = true) -> [UInt8] {
        var out: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        func append(_ record: [String]) {
            for (i, field) in record.enumerated() {
                if i > 0 { out.append(separator.byte) }
                CSVTable.appendField(field, separator: separator.byte, to: &out)
            }
            out.append(0x0D)
            out.append(0x0A)
        }
        append(header)
        for record in rows { append(record) }
        return out
    }

    /// Text from content (a title) made safe for spreadsheets: a value starting with `=`,
    /// `+`, `-`, `@`, tab or CR would run as a formula in Excel, so it gets a leading `'`
    /// (OWASP's advice on CSV injection). Numbers are written by us and never pass here.
    public static func text(_ value: String) -> String {
        guard let first = value.utf8.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first) else { return value }
        return "'" + value
    }

    static func appendField(_ field: String, separator: UInt8, to out: inout [UInt8]) {
        var field = field
        field.withUTF8 { utf8 in
            let needsQuotes = utf8.contains { $0 == separator || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
            guard needsQuotes else { out.append(contentsOf: utf8); return }
            out.append(0x22)
            for b in utf8 {
                if b == 0x22 { out.append(0x22) }
                out.append(b)
            }
            out.append(0x22)
        }
    }
}
