import HubContent
import HubDiagnostics
import HubMarkdown

/// A rendered document page with what the rest of the build needs from it.
public struct RenderedDocument: Sendable {
    public var id: DocumentID
    /// Output-relative file: `methods/x/index.html`.
    public var path: String
    /// The page, UTF-8.
    public var bytes: [UInt8]
    public var diagnostics: [Diagnostic]
    /// The parsed body and its headings, kept so that `sections` costs nothing unless asked for.
    var markdown: MarkdownDocument
    var headings: [MarkdownHeading]
    /// The body as the engine rendered it for the page, and the destination of each of its
    /// links and images in the order they were written: the handbook entry swaps these URLs
    /// instead of rendering the body again (`HandbookPage.renderBody`).
    var body: RenderedBody

    /// The page as text (for tests and tools; the build writes `bytes`).
    public var html: String { String(decoding: bytes, as: UTF8.self) }

    /// The body's heading sections, for the search index (computed on demand).
    public var sections: [MarkdownSection] { markdown.sections(headings: headings) }
}

/// The page of one document: its fields as a reader expects them, the body, the
/// documents that refer to it, and its attachments.
public struct DocumentPage: Sendable {
    public let site: SiteModel

    public init(site: SiteModel) { self.site = site }

    /// `parsed`: the body as the loader parsed it, if kept; rendered with this page's options.
    public func render(_ doc: Document, parsed: MarkdownDocument? = nil) -> RenderedDocument {
        render(doc, parsed: parsed, position: nil)
    }

    /// `position`: the document's position in `hub.documents`, when `doc` is that document
    /// (the site renderer's pages): what it links is then read from the site's tables.
    func render(_ doc: Document, parsed: MarkdownDocument? = nil, position: Int?) -> RenderedDocument {
        let dir = SiteLinks.pageDirectory(doc.id)
        let layout = Layout(site: site, directory: dir, lang: doc.lang == "en" ? "en" : "sv")
        let s = layout.strings
        let options = Self.bodyOptions(doc)
        let md = parsed?.rendering(with: options) ?? Markdown.parse(doc.body, options: options)
        let links = md.links
        let bodyLinks = BodyLinks(document: doc, links: links, site: site)
        let diags = bodyLinks.diagnostics
        // Safe mode's changes (raw HTML escaped, unsafe links dropped) are warned about by the
        // loader, where the body is first parsed, so that `check` reports them too.

        // The whole page is written in place into one buffer, reserved once (see `HTML.lit`):
        // frame, fact box, contents, body, related lists, frame.
        let crumbs = [Crumb(s.kindName(doc.kind), SiteLinks.listingDirectory(doc.kind)), Crumb(doc.title, nil)]
        var page = HTML()
        page.reserveCapacity(layout.headSize(title: doc.title, description: doc.summary) + layout.tailSize
            + doc.body.utf8.count * 2 + (doc.summary?.utf8.count ?? 0) + 8192)
        layout.writeHead(title: doc.title, description: doc.summary, section: doc.kind, crumbs: crumbs, into: &page)
        page.lit("<article class=\"doc doc-"); page.text(doc.kind.singular); page.lit("\">\n<header class=\"doc-header\">\n")
        page.lit("<p class=\"doc-kind\">"); page.text(s.kindSingular[doc.kind] ?? ""); page.lit("</p>\n<h1>"); page.text(doc.title)
        page.lit("</h1>\n")
        if let summary = doc.summary, !summary.isEmpty { page.lit("<p class=\"doc-summary\">"); page.text(summary); page.lit("</p>\n") }
        page.lit("</header>\n")
        let facts = DocumentFacts(site: site, layout: layout, position: position)
        // The fact box, left out when it has no row.
        let box = page.mark
        page.lit("<dl class=\"facts\">\n")
        let rows = page.mark
        facts.writeFacts(for: doc, into: &page)
        if page.mark == rows { page.truncate(to: box) } else { page.lit("</dl>\n") }
        // Slugging headings is a Unicode pass: once per page, for the contents and the body.
        let headings = md.headings
        page.lit("<div class=\"doc-columns\">\n<div class=\"doc-main\">\n")
        if case .meeting(let m) = doc.details { page += facts.agenda(m) }
        if headings.count >= 3 {
            page.lit("<nav class=\"toc\" aria-labelledby=\"ph-toc\">\n<h2 id=\"ph-toc\">"); page.text(s.contents); page.lit("</h2>\n<ol>")
            for h in headings where h.level <= 3 {
                page.lit("<li class=\"toc-"); page.number(h.level); page.lit("\"><a href=\"#"); page.text(h.id); page.lit("\">")
                page.text(h.text); page.lit("</a></li>")
            }
            page.lit("</ol>\n</nav>\n")
        }
        page.lit("<div class=\"doc-body\">\n")
        // The body goes into the page as the engine's bytes: decoding them into a `String`
        // (a UTF-8 validation of every page) only to encode it again for writing is waste.
        let log = DestinationLog()
        log.items.reserveCapacity(links.count)
        let table = bodyLinks.rewriter(layout: layout)
        let bodyHTML = md.htmlBytes(rewriteURL: { dest, isImage in
            log.items.append(RenderedBody.Destination(text: dest, isImage: isImage))
            return table(dest, isImage)
        }, headings: headings)
        bodyHTML.withUnsafeBufferPointer { page.markup(bytes: $0) }  // the engine escapes (safe mode)
        page.lit("</div>\n</div>\n")
        // Related documents (reverse links included) and attachments sit beside the body on
        // wide screens, so a reader sees at once which lessons and projects used a method.
        let aside = page.mark
        page.lit("<aside class=\"doc-aside\" aria-label=\""); page.text(s.related); page.lit("\">\n")
        let lists = page.mark
        facts.writeRelated(for: doc, into: &page)
        page += attachmentList(doc, layout: layout)
        if page.mark == lists { page.truncate(to: aside) } else { page.lit("</aside>\n") }
        page.lit("</div>\n</article>\n")
        layout.writeTail(into: &page)
        return RenderedDocument(id: doc.id, path: SiteLinks.file(forDirectory: dir), bytes: page.takeBytes(),
                                diagnostics: diags, markdown: md, headings: headings,
                                body: RenderedBody(html: bodyHTML, destinations: log.items, links: bodyLinks))
    }

    /// How a document's body is parsed for its page, and for its handbook entry, which reuses
    /// the page's parse: heading ids, and task-list checkboxes named in the document's language.
    public static func bodyOptions(_ doc: Document) -> MarkdownOptions {
        let s = UIStrings.forLanguage(doc.lang)
        return MarkdownOptions(headingIDs: true, taskLabels: .init(open: s.taskOpen, done: s.taskDone))
    }

    func attachmentList(_ doc: Document, layout: Layout) -> HTML {
        let files = site.attachmentsByDocument[doc.id] ?? []
        guard !files.isEmpty else { return "" }
        var h: HTML = "<section class=\"attachments\" aria-labelledby=\"ph-attachments\">\n<h2 id=\"ph-attachments\">\(layout.strings.attachments)</h2>\n<ul>"
        for f in files {
            let name = String(f.outputPath.dropFirst(SiteLinks.pageDirectory(doc.id).count))
            h += "<li><a href=\"\(url: layout.file(ContentPath.percentEncode(f.outputPath)))\">\(name)</a></li>"
        }
        h += "</ul>\n</section>\n"
        return h
    }
}

/// A body rendered to HTML bytes, with the destinations its links and images had in the
/// Markdown (before any rewriting), in the order the renderer wrote them.
struct RenderedBody: Sendable {
    struct Destination: Sendable {
        var text: String
        var isImage: Bool
    }

    var html: [UInt8]
    var destinations: [Destination]
    /// Where the body's destinations point (the handbook writes them with its own layout).
    var links: BodyLinks? = nil
}

/// Collects what the renderer passes to the rewriter, one page at a time (one thread).
private final class DestinationLog {
    var items: [RenderedBody.Destination] = []
}
