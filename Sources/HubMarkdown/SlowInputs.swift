/// Inputs that made other Markdown renderers slow (the table at the end of
/// `shared/FUZZING.md`), sized by a scale factor so that the benchmark can double them and
/// the tests can pin them. Package access: only the tests and the benchmark use it.
package enum SlowInputs {
    package struct Input: Sendable {
        package let name: String
        package let make: @Sendable (_ scale: Int) -> String
    }

    package static let all: [Input] = [
        Input(name: "a + <!-- x50000 (CVE-2023-22484)") { k in "a" + String(repeating: "<!--", count: 50000 * k) },
        Input(name: "> xn + a* xn, n=10000 (CVE-2023-24824)") { k in String(repeating: ">", count: 10000 * k) + String(repeating: "a*", count: 10000 * k) },
        Input(name: "' -' xn + x + newline xn, n=10000 (CVE-2023-24824)") { k in String(repeating: " -", count: 10000 * k) + "x" + String(repeating: "\n", count: 10000 * k) },
        Input(name: "_ x10000 . _ x10000 (CVE-2023-26485)") { k in String(repeating: "_", count: 10000 * k) + "." + String(repeating: "_", count: 10000 * k) },
        Input(name: "table of 70000 columns, 20000 rows (CVE-2022-24724)") { k in
            String(repeating: "|a", count: 70000 * k) + "|\n" + String(repeating: "|-", count: 70000 * k) + "|\n" + String(repeating: "|x|\n", count: 20000 * k)
        },
        Input(name: "1000-column header, 10000 one-cell rows (CVE-2023-37463)") { k in
            String(repeating: "|a", count: 1000 * k) + "|\n" + String(repeating: "|-", count: 1000 * k) + "|\n" + String(repeating: "|x|\n", count: 10000 * k)
        },
        Input(name: "x + 150000 spaces + hard break (CVE-2022-21670)") { k in "x " + String(repeating: " ", count: 150000 * k) + " \nb" },
        Input(name: "*_ x40000") { k in String(repeating: "*_", count: 40000 * k) },
        Input(name: "~ x100000") { k in String(repeating: "~", count: 100000 * k) },
        Input(name: "[]( \" x800") { k in String(repeating: "[]( \"", count: 800 * k) },
        Input(name: "'> ' x50000 + a") { k in String(repeating: "> ", count: 50000 * k) + "a" },
        Input(name: "[ x50000 + a + ] x50000") { k in String(repeating: "[", count: 50000 * k) + "a" + String(repeating: "]", count: 50000 * k) },
        Input(name: "10000 nested list levels") { k in String(repeating: "- ", count: 10000 * k) + "a\n" },
        Input(name: "10000 nested list levels, one per line") { k in
            var s = ""
            for i in 0..<(1000 * k) { s += String(repeating: " ", count: 2 * i) + "- a\n" }
            return s
        },
        Input(name: "*a **a x32500 (nested strong emph)") { k in
            String(repeating: "*a **a ", count: 32500 * k) + "b" + String(repeating: " a** a*", count: 32500 * k)
        },
        Input(name: "![[]() x160000") { k in String(repeating: "![[]()", count: 160000 * k) },
        Input(name: "a_ x32500 (emph closers, no openers)") { k in String(repeating: "a_ ", count: 32500 * k) },
        Input(name: "[a x32500 (link openers, no closers)") { k in String(repeating: "[a", count: 32500 * k) },
        Input(name: "*a_ x25000 (mismatched openers and closers)") { k in String(repeating: "*a_ ", count: 25000 * k) },
        Input(name: "*a x20000 + _a*_ x20000 (issue #389)") { k in String(repeating: "*a ", count: 20000 * k) + String(repeating: "_a*_ ", count: 20000 * k) },
        Input(name: "[ (]( x40000") { k in String(repeating: "[ (](", count: 40000 * k) },
        Input(name: "[a](b x30000 (unclosed links)") { k in String(repeating: "[a](b", count: 30000 * k) },
        Input(name: "[a](<b x30000 (unclosed links)") { k in String(repeating: "[a](<b", count: 30000 * k) },
        Input(name: "</ + <!-- x300000") { k in "</" + String(repeating: "<!--", count: 300000 * k) },
        Input(name: "backtick runs of every length to 2499") { k in
            var s = ""
            for i in 1...(2499 * k) { s += "e" + String(repeating: "`", count: i) }
            return s
        },
        Input(name: "> x100000 + a* x100000 (emph in deep blockquote)") { k in String(repeating: ">", count: 100000 * k) + String(repeating: "a*", count: 100000 * k) },
        Input(name: "> + - x30000 + x + >newline x30000") { k in "> " + String(repeating: "- ", count: 30000 * k) + "x\n" + String(repeating: ">\n", count: 30000 * k) },
        Input(name: "[x]: /u definitions x25000 then [y] x25000") { k in
            var s = ""
            for i in 0..<(25000 * k) { s += "[x\(i)]: /url\n\n[y]\n\n" }
            return s
        },
        Input(name: "< + > x524288 (slow-fuzz harness expansion of <>)") { k in "<" + String(repeating: ">", count: 524288 * k) + "\n" },
        Input(name: "<bab> x100000 on one line, safe mode (slow-fuzz find)") { k in "<a>" + String(repeating: "<bab>", count: 100000 * k) + "<c2c>\n" },
        Input(name: "[a](javascript:x) x50000 on one line, safe mode") { k in String(repeating: "[a](javascript:x) ", count: 50000 * k) },
        Input(name: "empty lines in 30000 nested lists") { k in String(repeating: "- ", count: 30000 * k) + "x" + String(repeating: "\n", count: 30000 * k) },
    ]
}
