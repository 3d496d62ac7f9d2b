import HubContent
import HubDiagnostics

/// Which documents an offline bundle takes.
public enum BundleScope: Sendable, Equatable, CustomStringConvertible {
    /// The whole site.
    case everything
    /// A meeting pack: the meeting, every document its agenda (or body) refers to, and what
    /// those documents refer to, one level deeper.
    case meeting(String)
    /// A project, its owner organisation, the methods it used, its lessons, and the tools of
    /// those methods and lessons.
    case project(String)
    /// Every document tagged with the tag.
    case tag(String)
    /// Only the handbook page and its assets.
    case handbook

    public var description: String {
        switch self {
        case .everything: "everything"
        case .meeting(let s): "meeting \(s)"
        case .project(let s): "project \(s)"
        case .tag(let t): "tag \(t)"
        case .handbook: "handbook"
        }
    }
}

/// The documents of one bundle, computed from the hub's references.
public struct BundleSelection: Sendable, Equatable {
    public var scope: BundleScope
    /// The documents in the bundle, sorted.
    public var documents: [DocumentID]
    private var members: Set<DocumentID>

    /// Why a scope names nothing in the hub.
    public struct Failure: Error, Sendable, Equatable {
        public var message: LocalizedText
        public var suggestion: String?
    }

    public func contains(_ id: DocumentID) -> Bool { members.contains(id) }

    /// Whether a document page or listing of this kind belongs in the bundle at all.
    public var isEverything: Bool { scope == .everything }

    public init(documents ids: some Sequence<DocumentID>, scope: BundleScope) {
        self.scope = scope
        members = Set(ids)
        documents = members.sorted()
    }

    /// Selects the documents of `scope`; fails when the slug or tag does not exist.
    public static func select(_ scope: BundleScope, in hub: Hub) -> Result<BundleSelection, Failure> {
        switch scope {
        case .everything:
            return .success(BundleSelection(documents: hub.documents.map(\.id), scope: scope))
        case .handbook:
            return .success(BundleSelection(documents: [], scope: scope))
        case .meeting(let slug):
            let id = DocumentID(kind: .meetings, slug: slug)
            guard let meeting = hub[id] else { return .failure(unknown(id, in: hub)) }
            var chosen: Set<DocumentID> = [id]
            var first: Set<DocumentID> = []
            if case .meeting(let m) = meeting.details { first.formUnion(m.agenda.compactMap(\.ref)) }
            first.formUnion(outgoing(of: id, in: hub))
            first = first.filter { hub[$0] != nil }
            chosen.formUnion(first)
            for doc in first { chosen.formUnion(outgoing(of: doc, in: hub).filter { hub[$0] != nil }) }
            return .success(BundleSelection(documents: chosen, scope: scope))
        case .project(let slug):
            let id = DocumentID(kind: .projects, slug: slug)
            guard let project = hub[id], case .project(let details) = project.details else {
                return .failure(unknown(id, in: hub))
            }
            var chosen: Set<DocumentID> = [id]
            if let owner = details.ownerID { chosen.insert(owner) }
            let figures = ProgrammeFigures(hub: hub)
            let methods = Set(figures.methods.filter { $0.projects.contains(id) }.map(\.id))
            chosen.formUnion(methods)
            for doc in hub.documents {
                switch doc.details {
                case .lesson(let l) where l.project == id:
                    chosen.insert(doc.id)
                    chosen.formUnion(l.tools)
                case .method(let m) where methods.contains(doc.id):
                    chosen.formUnion(m.tools)
                case .tool(let t) where !methods.isDisjoint(with: t.methods):
                    chosen.insert(doc.id)
                default: continue
                }
            }
            return .success(BundleSelection(documents: chosen.filter { hub[$0] != nil }, scope: scope))
        case .tag(let tag):
            let wanted = tag.lowercased()
            let chosen = hub.documents.filter { $0.tags.contains { $0.lowercased() == wanted } }.map(\.id)
            if chosen.isEmpty {
                let all = Set(hub.documents.flatMap(\.tags)).sorted()
                return .failure(Failure(
                    message: LocalizedText(sv: "ingen sida har taggen '\(tag)'", en: "no document has the tag '\(tag)'"),
                    suggestion: Suggestion.closest(to: tag, in: all)))
            }
            return .success(BundleSelection(documents: chosen, scope: scope))
        }
    }

    /// The documents `id` refers to, by a field or a body link: the inverse of `hub.referrers`,
    /// plus the reference fields themselves (in case a loader records only body links there).
    static func outgoing(of id: DocumentID, in hub: Hub) -> Set<DocumentID> {
        var out: Set<DocumentID> = []
        for (target, sources) in hub.referrers where sources.contains(id) { out.insert(target) }
        guard let doc = hub[id] else { return out }
        switch doc.details {
        case .project(let p): out.formUnion(p.methods); if let o = p.ownerID { out.insert(o) }
        case .method(let m): out.formUnion(m.tools); out.formUnion(m.projects)
        case .tool(let t): out.formUnion(t.methods)
        case .lesson(let l): out.formUnion(l.methods); out.formUnion(l.tools); if let p = l.project { out.insert(p) }
        case .meeting(let m): out.formUnion(m.agenda.compactMap(\.ref))
        case .organisation, .page: break
        }
        out.remove(id)
        return out
    }

    static func unknown(_ id: DocumentID, in hub: Hub) -> Failure {
        Failure(
            message: LocalizedText(sv: "det finns ingen \(id.kind.singular) '\(id.slug)'",
                                   en: "there is no \(id.kind.singular) '\(id.slug)'"),
            suggestion: Suggestion.closest(to: id.slug, in: hub.documents(of: id.kind).map(\.slug)))
    }
}
