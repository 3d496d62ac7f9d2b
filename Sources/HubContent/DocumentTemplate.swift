/// What `pilothub new` writes: the front matter a kind needs, and a body outline in
/// Swedish saying what a good description of that kind contains.
public enum DocumentTemplate {
    /// The text of a new document. `today` fills `date` (and a meeting's required date).
    ///
    /// Every new document is a draft (`draft: true`), and the fields that have no sensible
    /// default hold placeholders such as `"<en mening om innehållet>"`: a draft is left out
    /// of the site and of `check`, while `check --drafts` (or removing `draft: true`)
    /// reports each placeholder until it is replaced. So a scaffold is never published
    /// with made-up values such as a format or level nobody chose.
    public static func make(kind: DocumentKind, title: String, today: ContentDate) -> String {
        var fm = "---\ntitle: \(quoted(title))\ndraft: true\nsummary: \"<en mening om innehållet>\"\ndate: \(today.iso)\nlang: sv\ntags: []\n"
        switch kind {
        case .projects:
            fm += """
            region: \(choice(ContentSchema.regions, example: "Örebro"))
            sector: []
            owner: "<organisationen som driver projektet>"
            partners: []
            period:
              start: \(today.iso)
              end: \(ContentDate(year: today.year + 1, month: today.month, day: min(today.day, 28)).iso)
            companies: 0
            women: 0
            men: 0
            hours_per_company: 0
            methods: []
            contact: "<en roll eller gemensam e-postadress>"

            """
        case .methods:
            fm += "format: \(choice(ContentSchema.methodFormats))\nlevel: \(choice(ContentSchema.methodLevels))\n"
                + "audience: []\nduration: \"\"\ntools: []\nprojects: []\n"
        case .tools:
            fm += "type: \(choice(ContentSchema.toolTypes))\nlicense: \"\"\nurl: \"<https://…>\"\nmethods: []\n"
        case .lessons:
            fm += "project: \"<projektets slug>\"\nmethods: []\ntools: []\noutcome: \(choice(ContentSchema.lessonOutcomes))\n"
        case .meetings:
            fm += "place: \"<ort och lokal>\"\nagenda:\n  - time: \"09.30\"\n    item: Välkommen\n  - time: \"10.00\"\n    item: \"\"\n    ref: \"<methods/metodens-slug>\"\norganisations: []\n"
        case .organisations:
            fm += "region: \(choice(ContentSchema.regions, example: "Örebro"))\nurl: \"<https://…>\"\ncontact: \"<en roll eller gemensam e-postadress>\"\n"
        case .pages:
            break
        }
        return fm + "---\n\n" + outline(kind)
    }

    /// Whether a front-matter string is a placeholder of a template: `<…>`.
    public static func isPlaceholder(_ s: String) -> Bool {
        s.utf8.count >= 2 && s.utf8.first == UInt8(ascii: "<") && s.utf8.last == UInt8(ascii: ">")
    }

    /// A quoted placeholder listing the allowed values, or one example when they are many.
    static func choice(_ allowed: [String], example: String? = nil) -> String {
        quoted(example.map { "<ett län, t.ex. \($0)>" } ?? "<välj: \(allowed.joined(separator: ", "))>")
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func outline(_ kind: DocumentKind) -> String {
        switch kind {
        case .projects:
            """
            ## Bakgrund

            Vilka företag ville ni nå, i vilken region och bransch, och varför just nu?

            ## Mål

            Vad skulle företagen kunna göra efter projektet som de inte kunde före?

            ## Genomförande

            Vilka metoder och verktyg använde ni, i vilken ordning, och hur mycket tid lade företagen?

            ## Resultat

            Hur många företag och personer nåddes? Vilka åtgärder genomförde de (till exempel MFA, säkerhetskopior, rutiner)?

            ## Lärdomar

            Vad fungerade, vad fungerade inte, och vad skulle ni göra annorlunda? Länka till lärdomarna.

            ## Kontakt

            En roll eller en gemensam e-postadress, aldrig en privatpersons uppgifter.

            """
        case .methods:
            """
            ## Syfte

            Vilket behov hos företaget löser metoden, och för vem (ledning, IT-ansvarig, alla medarbetare)?

            ## Förberedelser

            Vad behöver rådgivaren och företaget ordna i förväg? Vilka verktyg eller mallar används?

            ## Så går det till

            1. Steg ett, med ungefärlig tid.
            2. Steg två.
            3. Steg tre.

            ## Resultat för företaget

            Vad har företaget i handen efteråt (en åtgärdslista, en rutin, en plan)?

            ## Tips och fallgropar

            Vad har ni lärt er om vad som gör metoden lyckad, och vad som får den att misslyckas?

            """
        case .tools:
            """
            ## Vad verktyget är

            Checklista, mall, självskattning, programvara eller utbildningsmaterial – och vem det är gjort för.

            ## Så använder du det

            Hur lång tid tar det, vem i företaget fyller i, och vad gör man med resultatet?

            ## Licens och tillgång

            Var finns verktyget, vad kostar det, och får det delas vidare?

            """
        case .lessons:
            """
            ## Vad vi gjorde

            Vilken metod eller vilket verktyg prövades, hos vilka slags företag?

            ## Vad som hände

            Beskriv konkret vad som fungerade och vad som inte fungerade.

            ## Varför

            Vad tror ni ligger bakom resultatet?

            ## Råd till andra

            Vad bör nästa projekt göra likadant, och vad bör det göra annorlunda?

            """
        case .meetings:
            """
            ## Syfte med träffen

            Vilka frågor ska projekten dela erfarenheter om?

            ## Inför träffen

            Vad ska deltagarna läsa eller förbereda?

            ## Anteckningar

            Viktiga slutsatser och vem som gör vad efter träffen.

            """
        case .organisations:
            """
            ## Om organisationen

            Vilka företag organisationen arbetar med, var, och hur.

            ## Roll i programmet

            Vilka projekt organisationen driver eller deltar i.

            """
        case .pages:
            """
            ## Rubrik

            Text.

            """
        }
    }
}
