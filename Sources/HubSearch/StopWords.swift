/// Stop words (the Snowball lists for Swedish and English). They are left out of the index
/// and ignored in queries, except `it`, which in Swedish text means IT (information technology).
/// The JS runtime carries the same lists (pilothub-search.js).
public enum StopWords {
    static let swedishList = "och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitt sådana vart dina vars vårt våra ert era vilkas"
    static let englishList = "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing would should could ought i'm you're he's she's it's we're they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't cannot couldn't mustn't let's that's who's what's here's there's when's where's why's how's a an the and but if or because as until while of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very"

    /// Swedish stop words.
    public static let swedish: Set<String> = Set(swedishList.split(separator: " ").map(String.init))
    /// English stop words, without `it` (IT).
    public static let english: Set<String> = Set(englishList.split(separator: " ").map(String.init)).subtracting(["it"])

    /// The lists as byte tables, for the index builder's many lookups (no `Hasher` per word;
    /// the same equality as the sets).
    static let swedishTable: ByteInterner = table(swedish)
    static let englishTable: ByteInterner = table(english)

    private static func table(_ words: Set<String>) -> ByteInterner {
        var t = ByteInterner(capacity: words.count)
        for w in words.sorted() { _ = t.intern(w) }
        return t
    }

    /// Is `word` (lowercased) a stop word in `language`?
    public static func contains(_ word: String, language: StemLanguage) -> Bool {
        switch language {
        case .sv: return swedish.contains(word)
        case .en: return english.contains(word)
        }
    }
}
