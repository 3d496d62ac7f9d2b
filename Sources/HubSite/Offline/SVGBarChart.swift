/// A horizontal bar chart as inline SVG: `role="img"` named by its `<title>` and described
/// by its `<desc>`, which spells out every bar so that a screen reader gets the figures too
/// (the table next to the chart carries the same figures for everyone else).
///
/// Each bar has its label above it, so that long names need no truncation and the chart
/// scales with the page (`viewBox`, width 100%). Colours come from CSS classes with
/// attribute fallbacks of at least 3:1 contrast against white (WCAG 1.4.11).
public struct SVGBarChart: Sendable {
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        /// The value as the page writes it (`1 234`, `41,3 %`).
        public var valueText: String

        public init(label: String, value: Double, valueText: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    /// Unique on the page: the title and description get `id`-title and `id`-desc.
    public var id: String
    public var title: String
    /// A sentence before the list of bars in `<desc>`.
    public var summary: String
    public var bars: [Bar]

    public init(id: String, title: String, summary: String, bars: [Bar]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.bars = bars
    }

    static let width = 640
    static let rowHeight = 40
    static let labelHeight = 16
    static let barHeight = 16
    /// Room on the right for the value text of the longest bar.
    static let valueRoom = 90

    /// The `<svg>` element.
    public func svg() -> String {
        let height = max(1, bars.count) * Self.rowHeight + 8
        let maxValue = bars.map(\.value).max() ?? 0
        let span = Double(Self.width - Self.valueRoom)
        let titleID = XMLText.escape(id + "-title")
        let descID = XMLText.escape(id + "-desc")
        let description = ([summary] + bars.map { "\($0.label): \($0.valueText)" }).joined(separator: "; ")
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\""
        s += " aria-labelledby=\"\(titleID) \(descID)\" viewBox=\"0 0 \(Self.width) \(height)\""
        s += " width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" font-size=\"13\">"
        s += "<title id=\"\(titleID)\">\(XMLText.escape(title))</title>"
        s += "<desc id=\"\(descID)\">\(XMLText.escape(description))</desc>"
        for (i, bar) in bars.enumerated() {
            let y = i * Self.rowHeight + 4
            let length = maxValue > 0 ? max(0, bar.value) / maxValue * span : 0
            // A zero bar still shows a hairline, so that "0" reads as a measured value.
            let drawn = bar.value > 0 ? max(2, length) : 1
            s += "<g aria-hidden=\"true\">"
            s += "<text class=\"bar-label\" x=\"0\" y=\"\(y + Self.labelHeight - 3)\" fill=\"#1a1a1a\">\(XMLText.escape(bar.label))</text>"
            s += "<rect class=\"bar\" x=\"0\" y=\"\(y + Self.labelHeight)\" width=\"\(Self.coordinate(drawn))\" height=\"\(Self.barHeight)\" fill=\"#1d4f91\"/>"
            s += "<text class=\"bar-value\" x=\"\(Self.coordinate(drawn + 6))\" y=\"\(y + Self.labelHeight + Self.barHeight - 3)\" fill=\"#1a1a1a\">\(XMLText.escape(bar.valueText))</text>"
            s += "</g>"
        }
        return s + "</svg>"
    }

    /// Two decimals at most, `.` as decimal mark, no trailing zeros: stable across platforms.
    static func coordinate(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let whole = hundredths / 100
        let frac = hundredths % 100
        if frac == 0 { return String(whole) }
        return frac % 10 == 0 ? "\(whole).\(frac / 10)" : "\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }
}
