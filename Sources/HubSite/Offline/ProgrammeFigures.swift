import HubContent

/// The programme's figures, computed from project front matter (and, for which methods a
/// project used, from methods and lessons too). One value feeds the page's tables, its
/// charts and the CSV, so the three always agree.
///
/// Definitions (also printed on the page):
/// - **projects**: the project documents in the hub (drafts only when the build includes them);
/// - **companies reached**: the sum of `companies`;
/// - **women, men**: the sums of `women` and `men`; a share is that sum over women + men;
/// - **hours**: for each project `companies × hours_per_company`, summed; a project that
///   lacks either field adds nothing and is listed as not reporting hours;
/// - **a project used a method** when the project lists it in `methods`, when the method
///   lists the project in `projects`, or when a lesson of the project (`project:`) lists the
///   method in `methods`. Each project counts once per method, however many sources say so.
public struct ProgrammeFigures: Sendable, Equatable {
    /// One project's own figures.
    public struct ProjectRow: Sendable, Equatable {
        public var id: DocumentID
        public var title: String
        public var region: String?
        public var companies: Int?
        public var women: Int?
        public var men: Int?
        public var hoursPerCompany: Double?
        /// `companies × hoursPerCompany`, nil when either is missing.
        public var hours: Double? {
            guard let c = companies, let h = hoursPerCompany else { return nil }
            return Double(c) * h
        }
    }

    /// Projects and companies in one region; `region` nil gathers the projects that name none.
    public struct RegionRow: Sendable, Equatable {
        public var region: String?
        public var projects: Int
        public var companies: Int
    }

    /// A method and the projects that used it (sorted by id).
    public struct MethodRow: Sendable, Equatable {
        public var id: DocumentID
        public var title: String
        public var projects: [DocumentID]
    }

    /// Projects sorted by title (Swedish order), then id.
    public var projects: [ProjectRow]
    public var companies: Int
    public var women: Int
    public var men: Int
    public var hours: Double
    /// Regions in Swedish alphabetical order; the "no region" row, if any, comes last.
    public var regions: [RegionRow]
    /// Every method, most used first, then by title.
    public var methods: [MethodRow]

    public var projectCount: Int { projects.count }
    /// Women's share of women + men in percent, nil when no participants are reported.
    public var womenShare: Double? { women + men > 0 ? Double(women) * 100 / Double(women + men) : nil }
    public var menShare: Double? { women + men > 0 ? Double(men) * 100 / Double(women + men) : nil }
    /// Projects that lack `companies`, `women`/`men` or `hours_per_company`.
    public var projectsWithoutCompanies: [ProjectRow] { projects.filter { $0.companies == nil } }
    public var projectsWithoutParticipants: [ProjectRow] { projects.filter { $0.women == nil && $0.men == nil } }
    public var projectsWithoutHours: [ProjectRow] { projects.filter { $0.hours == nil } }

    /// Whether project `project` used method `method` (the matrix cell).
    public func used(method: DocumentID, by project: DocumentID) -> Bool {
        methods.first { $0.id == method }?.projects.contains(project) ?? false
    }

    public init(hub: Hub) {
        var rows: [ProjectRow] = []
        for doc in hub.documents(of: .projects) {
            guard case .project(let p) = doc.details else { continue }
            rows.append(ProjectRow(id: doc.id, title: doc.title, region: doc.region, companies: p.companies,
                                   women: p.women, men: p.men, hoursPerCompany: p.hoursPerCompany))
        }
        rows = SwedishOrder.sorted(rows, title: \.title) { $0.id < $1.id }
        projects = rows
        companies = rows.reduce(0) { $0 + ($1.companies ?? 0) }
        women = rows.reduce(0) { $0 + ($1.women ?? 0) }
        men = rows.reduce(0) { $0 + ($1.men ?? 0) }
        hours = rows.reduce(0) { $0 + ($1.hours ?? 0) }

        var byRegion: [String: RegionRow] = [:]
        var none = RegionRow(region: nil, projects: 0, companies: 0)
        for row in rows {
            if let r = row.region {
                byRegion[r, default: RegionRow(region: r, projects: 0, companies: 0)].projects += 1
                byRegion[r]!.companies += row.companies ?? 0
            } else {
                none.projects += 1
                none.companies += row.companies ?? 0
            }
        }
        regions = byRegion.values.sorted { SwedishOrder.precedes($0.region!, $1.region!, tie: false) }
            + (none.projects > 0 ? [none] : [])

        let projectIDs = Set(rows.map(\.id))
        var uses: [DocumentID: Set<DocumentID>] = [:]
        for doc in hub.documents {
            switch doc.details {
            case .project(let p):
                for m in p.methods where m.kind == .methods { uses[m, default: []].insert(doc.id) }
            case .method(let m):
                for p in m.projects where projectIDs.contains(p) { uses[doc.id, default: []].insert(p) }
            case .lesson(let l):
                guard let p = l.project, projectIDs.contains(p) else { continue }
                for m in l.methods where m.kind == .methods { uses[m, default: []].insert(p) }
            default: continue
            }
        }
        let methodRows = hub.documents(of: .methods).map { doc in
            MethodRow(id: doc.id, title: doc.title, projects: (uses[doc.id] ?? []).sorted())
        }
        // Collation keys once per method, not once per comparison.
        let keys = methodRows.map { Collation.key($0.title) }
        methods = methodRows.indices.sorted { i, j in
            let a = methodRows[i], b = methodRows[j]
            if a.projects.count != b.projects.count { return a.projects.count > b.projects.count }
            return keys[i] == keys[j] ? a.id < b.id : keys[i].lexicographicallyPrecedes(keys[j])
        }.map { methodRows[$0] }
    }
}
