/// Numbers as readers of each language write them, without a locale database so that the
/// output is the same on every machine: Swedish `1 234,5` (no-break space, decimal comma),
/// English `1,234.5`.
enum FigureFormat {
    /// An integer with thousands grouping.
    static func integer(_ n: Int, lang: String) -> String {
        let digits = String(n.magnitude)
        var grouped = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { grouped += lang == "en" ? "," : "\u{00A0}" }
            grouped.append(ch)
        }
        return (n < 0 ? "−" : "") + grouped
    }

    /// A number with at most one decimal, the decimal dropped when it is zero (`40`, `22,5`).
    static func decimal(_ x: Double, lang: String) -> String {
        let tenths = Int((x * 10).rounded())
        let whole = integer(tenths / 10, lang: lang)
        let rest = abs(tenths % 10)
        if rest == 0 { return whole }
        return whole + (lang == "en" ? "." : ",") + String(rest)
    }

    /// A machine-readable number for CSV: no grouping, `.` or `,` as decimal mark, one decimal at most.
    static func plain(_ x: Double, decimalComma: Bool) -> String {
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = String(abs(tenths) / 10)
        let rest = abs(tenths) % 10
        return sign + whole + (rest == 0 ? "" : (decimalComma ? "," : ".") + String(rest))
    }

    /// A percentage with one decimal (`41,3 %` / `41.3%`).
    static func percent(_ x: Double, lang: String) -> String {
        let tenths = Int((x * 10).rounded())
        let text = integer(tenths / 10, lang: lang) + (lang == "en" ? "." : ",") + String(tenths % 10)
        return lang == "en" ? text + "%" : text + "\u{00A0}%"
    }
}
