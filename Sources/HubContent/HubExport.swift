import HubDiagnostics
import HubFrontMatter

/// `pilothub export`: every document with its fields, resolved references and reverse
/// links, as JSON that other systems of the programme can read.
public enum HubExport {
    /// The whole hub as JSON text (sorted keys, stable order).
    public static func json(_ hub: Hub) -> String { value(hub).serialized() }

    public static func value(_ hub: Hub) -> JSONValue {
        var config: [String: JSONValue] = [
            "title": .string(hub.config.title), "default_language": .string(hub.config.defaultLanguage),
            "vocabularies": .object(hub.config.vocabularies.mapValues { .array($0.map(JSONValue.string)) }),
        ]
        if let d = hub.config.description { config["description"] = .string(d) }
        if let b = hub.config.baseURL { config["base_url"] = .string(b) }
        return .object([
            "config": .object(config),
            "documents": .array(hub.documents.map { document($0, hub: hub) }),
        ])
    }

    static func document(_ d: Document, hub: Hub) -> JSONValue {
        var o: [String: JSONValue] = [
            "id": .string(d.id.description), "kind": .string(d.kind.rawValue), "slug": .string(d.slug),
            "path": .string(d.sourcePath), "title": .string(d.title), "lang": .string(d.lang),
            "tags": strings(d.tags), "sector": strings(d.sector), "draft": .bool(d.draft), "body": .string(d.body),
            "attachments": strings(d.attachments),
            "referrers": ids(hub.referrers[d.id] ?? []),
            "fields": d.fields.map(yaml) ?? .object([:]),
        ]
        if let s = d.summary { o["summary"] = .string(s) }
        if let x = d.date { o["date"] = .string(x.iso) }
        if let x = d.updated { o["updated"] = .string(x.iso) }
        if let r = d.region { o["region"] = .string(r) }
        var refs: [String: JSONValue] = [:]
        switch d.details {
        case .project(let p):
            if let id = p.ownerID { refs["owner"] = .string(id.description) }
            refs["methods"] = ids(p.methods)
        case .method(let m):
            refs["tools"] = ids(m.tools)
            refs["projects"] = ids(m.projects)
        case .tool(let t):
            refs["methods"] = ids(t.methods)
        case .lesson(let l):
            if let p = l.project { refs["project"] = .string(p.description) }
            refs["methods"] = ids(l.methods)
            refs["tools"] = ids(l.tools)
        case .meeting(let m):
            refs["agenda"] = .array(m.agenda.map { $0.ref.map { .string($0.description) } ?? .null })
        case .organisation, .page: break
        }
        o["references"] = .object(refs)
        return .object(o)
    }

    static func strings(_ s: [String]) -> JSONValue { .array(s.map(JSONValue.string)) }
    static func ids(_ s: [DocumentID]) -> JSONValue { .array(s.map { .string($0.description) }) }

    /// Front matter as JSON; dates and timestamps as ISO strings.
    public static func yaml(_ node: YAMLNode) -> JSONValue {
        switch node.value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .date(let d): return .string(d.iso)
        case .timestamp(let t):
            func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
            var s = "\(t.date.iso)T\(pad(t.hour, 2)):\(pad(t.minute, 2)):\(pad(t.second, 2))"
            if t.microsecond != 0 { s += "." + pad(t.microsecond, 6) }
            if let off = t.offsetMinutes {
                s += (off < 0 ? "-" : "+") + pad(abs(off) / 60, 2) + ":" + pad(abs(off) % 60, 2)
            }
            return .string(s)
        case .list(let items): return .array(items.map(yaml))
        case .map(let entries):
            var o: [String: JSONValue] = [:]
            for e in entries { o[e.key] = yaml(e.value) }
            return .object(o)
        }
    }
}
