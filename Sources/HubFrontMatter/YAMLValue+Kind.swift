import HubDiagnostics

extension YAMLValue {
    /// What kind of value this is, for messages ("a list", "en lista").
    public var kindName: LocalizedText {
        switch self {
        case .null: return LocalizedText(sv: "ett tomt värde", en: "an empty value")
        case .bool: return LocalizedText(sv: "ett sanningsvärde", en: "a boolean")
        case .int: return LocalizedText(sv: "ett heltal", en: "an integer")
        case .double: return LocalizedText(sv: "ett decimaltal", en: "a decimal number")
        case .string: return LocalizedText(sv: "en text", en: "a text")
        case .date: return LocalizedText(sv: "ett datum", en: "a date")
        case .timestamp: return LocalizedText(sv: "en tidpunkt", en: "a timestamp")
        case .list: return LocalizedText(sv: "en lista", en: "a list")
        case .map: return LocalizedText(sv: "nycklar med värden", en: "keys with values")
        }
    }
}
