/// What `pilothub new` writes: the front matter a kind needs, and a body outline in
/// Swedish saying what a good description of that kind contains.
public enum DocumentTemplate {
    /// The text of a new document. `today` fills `date` (and a meeting's required date).
    public static func make(kind: DocumentKind, title: String, today: ContentDate) -> String {
        var fm = "---\ntitle: \(quoted(title))\nsummary: \"\"\ndate: \(today.iso)\nlang: sv\ntags: []\n"
        switch kind {
        case .projects:
            fm += """
            region: Stockholm
            sector: []
            owner: ""
            partners: []
            period:
              start: \(today.iso)
              end: \(ContentDate(year: today.year + 1, month: today.month, day: min(today.day, 28)).iso)
            companies: 0
            women: 0
            men: 0
            hours_per_company: 0
            methods: []
            contact: ""

            """
        case .methods:
            fm += "format: behovsanalys\nlevel: grund\naudience: []\nduration: \"\"\ntools: []\nprojects: []\n"
        case .tools:
            fm += "type: checklista\nlicense: \"\"\nurl: \"https://\"\nmethods: []\n"
        case .lessons:
            fm += "project: PROJEKTETS-SLUG\nmethods: []\ntools: []\noutcome: fungerade\n"
        case .meetings:
            fm += "place: \"\"\nagenda:\n  - time: \"09.30\"\n    item: Välkommen\n  - time: \"10.00\"\n    item: \"\"\n    ref: methods/METODENS-SLUG\norganisations: []\n"
        case .organisations:
            fm += "region: Stockholm\nurl: \"https://\"\ncontact: \"\"\n"
        case .pages:
            break
        }
        return fm + "---\n\n" + outline(kind)
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
