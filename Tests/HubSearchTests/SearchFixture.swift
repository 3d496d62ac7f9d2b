import Foundation
import HubContent
import HubMarkdown
@testable import HubSearch

/// A small hub for the index and runtime tests: compounds, å/ä/ö, English pages, codes.
enum SearchFixture {
    static func section(_ heading: String?, _ id: String?, _ text: String, line: Int = 1) -> MarkdownSection {
        MarkdownSection(heading: heading.map { MarkdownHeading(level: 2, text: $0, id: id ?? "", line: line) }, text: text)
    }

    static func input(_ kind: DocumentKind, _ slug: String, _ title: String, summary: String? = nil, lang: String = "sv",
                      tags: [String] = [], region: String? = nil, sector: [String] = [], date: ContentDate? = nil,
                      details: KindDetails, sections: [MarkdownSection]) -> SearchInput {
        let doc = Document(id: DocumentID(kind: kind, slug: slug), sourcePath: "\(kind.rawValue)/\(slug).md", title: title,
                           summary: summary, date: date, lang: lang, tags: tags, region: region, sector: sector,
                           body: sections.map(\.text).joined(separator: "\n"), details: details)
        return SearchInput(document: doc, url: "\(kind.rawValue)/\(slug)/", sections: sections)
    }

    static let inputs: [SearchInput] = [
        input(.tools, "kryptering-av-e-post", "Kryptering av e-post", summary: "Så skyddar du känsliga mejl.",
              tags: ["kryptering", "e-postsäkerhet"], date: ContentDate(year: 2024, month: 3, day: 1),
              details: .tool(ToolDetails(type: "checklista")),
              sections: [section(nil, nil, "Kryptering gör meddelandet oläsligt för andra. Hantering av nycklar är det svåra."),
                         section("Nycklar", "nycklar", "Spara nycklar säkert. Hantering och rutiner för nycklar behövs.")]),
        input(.methods, "skydda-barbara-datorer", "Skydda bärbara datorer", summary: "Om en dator blir stulen.",
              tags: ["mobila enheter"], region: "Skåne", date: ContentDate(year: 2023, month: 5, day: 2),
              details: .method(MethodDetails(format: "coachning", level: "grund")),
              sections: [section(nil, nil, "Slå på diskkryptering på alla bärbara datorer."),
                         section("Så här gör du", "så-här-gör-du", "Börja med en inventering av datorer.")]),
        input(.methods, "incidenter", "När olyckan är framme", summary: "Rutiner för små företag.",
              tags: ["incidenthantering"], region: "Stockholm", date: ContentDate(year: 2024, month: 1, day: 9),
              details: .method(MethodDetails(format: "övning", level: "fördjupning")),
              sections: [section(nil, nil, "Ett företag behöver en plan för incidenthantering."),
                         section("Efter incidenten", "efter-incidenten", "Gå igenom vad som hände & skriv ner lärdomar om <3 dagar & \"C>D\".")]),
        input(.tools, "brandvagg", "Checklista för brandvägg", summary: "Tio frågor om brandväggen.",
              tags: ["brandvägg", "nätverkssäkerhet"], date: ContentDate(year: 2022, month: 6, day: 1),
              details: .tool(ToolDetails(type: "checklista")),
              sections: [section(nil, nil, "Brandväggen skyddar nätverket. Kontrollera reglerna varje kvartal.")]),
        input(.lessons, "accent-a", "Lärdom A", details: .lesson(LessonDetails(outcome: "fungerade")),
              sections: [section(nil, nil, "Vi köpte en router och en ny brandvägg till kontoret.")]),
        input(.lessons, "accent-b", "Lärdom B", details: .lesson(LessonDetails(outcome: "delvis")),
              sections: [section(nil, nil, "Vi köpte en router och en ny brandvagg till kontoret.")]),
        input(.lessons, "losenord", "Lösenordshanterare räddade dagen", summary: "Ett bättre lösenord för alla.",
              tags: ["lösenordshantering"], date: ContentDate(year: 2024, month: 9, day: 1),
              details: .lesson(LessonDetails(project: DocumentID(kind: .projects, slug: "nis2-i-praktiken"), outcome: "fungerade")),
              sections: [section(nil, nil, "Alla anställda fick en lösenordshanterare. Lösenord byttes på en dag.")]),
        input(.pages, "firewall-basics", "Firewall basics for small firms", lang: "en",
              tags: ["firewall"], details: .page,
              sections: [section(nil, nil, "A firewall filters traffic. Malware often arrives by e-mail; firewalls help."),
                         section("Running updates", "running-updates", "Keep the firewall's firmware updated.")]),
        input(.projects, "nis2-i-praktiken", "NIS2 i praktiken", summary: "Ett pilotprojekt om NIS2 för leverantörer.",
              tags: ["NIS2"], region: "Skåne", sector: ["tillverkning"],
              details: .project(ProjectDetails(owner: "Science Park Syd", periodStart: ContentDate(year: 2024, month: 2, day: 1))),
              sections: [section(nil, nil, "Vi följde 3-2-1-regeln för säkerhetskopiering och testade återställning.")]),
        input(.methods, "behorighetsstyrning", "Behörighetsstyrning", summary: "Vem får se vad?",
              tags: ["behörigheter"], date: ContentDate(year: 2025, month: 2, day: 3),
              details: .method(MethodDetails(format: "behovsanalys", level: "grund")),
              sections: [section(nil, nil, "Gå igenom behörigheter för alla system. Ta bort gamla konton.")]),
    ]

    /// Texts whose tokens the JS tokenizer must reproduce.
    static let tokenizerCases = [
        "Kryptering av E-POST", "3-2-1-regeln för NIS2", "IT-säkerhet, ISO 27001 och 2FA!", "company's firewall’s",
        "Ångström\u{0301} é ü", "ok--nej - ja -x", "a b c de", "tvåfaktorsautentisering", "word' 'quoted'",
        "日本語のテキスト", "x\u{2011}y 10\u{2010}20",
    ]
}
