// The search runtime against the fixture index (Tests/JS/fixture, built by the Swift test
// IndexFixtureTests from SearchFixture.swift). PILOTHUB_SITE may point at another built site.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..");
const S = require(path.join(root, "Sources/HubSearch/Resources/pilothub-search.js"));
const site = path.join(__dirname, "fixture");

test.before(() => S.init({ root: site }));

async function top(q, opts) {
  const r = await S.query(q, opts);
  return r.length ? r[0].url : null;
}
async function urls(q, opts) {
  return (await S.query(q, opts)).map((r) => r.url.replace(/#.*$/, ""));
}

test("tokenizer agrees with the Swift tokenizer", () => {
  const cases = JSON.parse(fs.readFileSync(path.join(site, "tokens.json"), "utf8"));
  assert.ok(cases.length >= 10);
  for (const [text, tokens] of cases) assert.deepStrictEqual(S.tokenize(text), tokens, text);
});

test("stem() is the Snowball stemmer", () => {
  assert.strictEqual(S.stem("behörigheterna", "sv"), "behör");
  assert.strictEqual(S.stem("running", "en"), "run");
  assert.strictEqual(S.stem("Kryptering", "sv"), "kryptering");
  assert.strictEqual(S.stem("BEHÖRIGHETERNA", "sv"), "behör");
});

test("an inflected form finds the page", async () => {
  assert.strictEqual(await top("krypteringen"), "tools/kryptering-av-e-post/");
  assert.strictEqual(await top("behörigheterna"), "methods/behorighetsstyrning/");
});

test("a compound part finds the compound", async () => {
  assert.ok((await urls("kryptering")).includes("methods/skydda-barbara-datorer/"));
  assert.ok((await urls("hantering")).includes("methods/incidenter/"));
  assert.strictEqual(await top("incidenthantering"), "methods/incidenter/");
});

test("å/ä/ö are folded, and an exact match ranks above a folded one", async () => {
  const folded = await urls("brandvagg");
  assert.strictEqual(folded[0], "tools/brandvagg/");
  assert.ok(folded.indexOf("lessons/accent-b/") < folded.indexOf("lessons/accent-a/"), folded.join(" "));
  const exact = await urls("brandvägg");
  assert.ok(exact.indexOf("lessons/accent-a/") < exact.indexOf("lessons/accent-b/"), exact.join(" "));
  assert.strictEqual(await top("losenord"), "lessons/losenord/");
});

test("typos within edit distance 1 (5+ letters) and 2 (9+ letters) still match", async () => {
  assert.strictEqual(await top("krypteirng"), "tools/kryptering-av-e-post/");
  assert.strictEqual(await top("brandvägh"), "tools/brandvagg/");
  assert.strictEqual(await top("incidnethanteirng"), "methods/incidenter/");
  assert.strictEqual(await top("lsöenord"), "lessons/losenord/");
  assert.deepStrictEqual(await urls("xqzvw"), []);
});

test("prefixes match while typing", async () => {
  assert.strictEqual(await top("krypt"), "tools/kryptering-av-e-post/");
  assert.strictEqual(await top("behörigh"), "methods/behorighetsstyrning/");
  // With a trailing space the word is complete: no prefix expansion.
  assert.deepStrictEqual(await urls("krypt "), []);
});

test("codes and numbers are kept", async () => {
  assert.strictEqual(await top("NIS2"), "projects/nis2-i-praktiken/");
  assert.strictEqual(await top("3-2-1"), "projects/nis2-i-praktiken/");
});

test("English pages and loanwords", async () => {
  assert.strictEqual(await top("firewall"), "pages/firewall-basics/");
  assert.strictEqual(await top("firewalls"), "pages/firewall-basics/");
  assert.strictEqual(await top("malware"), "pages/firewall-basics/");
});

test("all words must match, else any word, ranked", async () => {
  assert.deepStrictEqual(await urls("router brandvägg"), ["lessons/accent-a/", "lessons/accent-b/"]);
  const r = await S.queryWithFacets("kryptering firewall");
  assert.strictEqual(r.mode, "or");
  assert.ok(r.results.length >= 2);
});

test("stop words are ignored unless they are the whole query", async () => {
  assert.strictEqual(await top("och kryptering"), "tools/kryptering-av-e-post/");
});

test("a heading anchor lets the result jump into the page", async () => {
  const r = await S.query("lärdomar efter incidenten");
  assert.strictEqual(r[0].url, "methods/incidenter/#efter-incidenten");
  const r2 = await S.query("firmware");
  assert.strictEqual(r2[0].url, "pages/firewall-basics/#running-updates");
});

test("excerpts are escaped and highlight the matched words", async () => {
  const r = await S.query("skriv ner lärdomar");
  assert.match(r[0].excerpt, /<mark>/);
  assert.match(r[0].excerpt, /&amp;/);
  assert.match(r[0].excerpt, /<mark>lärdomar<\/mark> om &lt;3 dagar &amp; &quot;C&gt;D&quot;/);
  assert.doesNotMatch(r[0].excerpt.replace(/<\/?mark>/g, ""), /[<>]/);
  const c = await S.query("kryptering");
  const disk = c.find((x) => x.url.startsWith("methods/skydda"));
  assert.match(disk.excerpt, /<mark>diskkryptering<\/mark>/);
});

test("results have url, title, kind, score and excerpt", async () => {
  const r = await S.query("brandvägg", { limit: 2 });
  assert.strictEqual(r.length, 2);
  for (const x of r) {
    assert.strictEqual(typeof x.url, "string");
    assert.strictEqual(typeof x.title, "string");
    assert.strictEqual(typeof x.kind, "string");
    assert.strictEqual(typeof x.score, "number");
    assert.strictEqual(typeof x.excerpt, "string");
  }
  assert.ok(r[0].score >= r[1].score);
});

test("facets with counts, and filters", async () => {
  const r = await S.queryWithFacets("brandvägg");
  const kinds = Object.fromEntries(r.facets.kind.map((f) => [f.value, f.count]));
  assert.deepStrictEqual(kinds, { lessons: 2, tools: 1 });
  assert.strictEqual(r.total, 3);
  assert.deepStrictEqual(await urls("brandvägg", { filters: { kind: ["tools"] } }), ["tools/brandvagg/"]);
  assert.deepStrictEqual(await urls("kryptering", { filters: { region: ["Skåne"] } }), ["methods/skydda-barbara-datorer/"]);
  assert.deepStrictEqual(await urls("lösenord", { filters: { year: ["2024"], project: ["NIS2 i praktiken"] } }), ["lessons/losenord/"]);
  const f = await S.queryWithFacets("grund");
  assert.deepStrictEqual(f.facets.level, [{ value: "grund", count: 2 }]);
});

test("empty and odd queries return nothing and never throw", async () => {
  for (const q of ["", "   ", "!!!", "a", "och", "\u0000", "x".repeat(500)]) {
    const r = await S.query(q);
    assert.ok(Array.isArray(r));
  }
});

test("a word found only with a typo reports the word the results are for", async () => {
  const fixed = await S.queryWithFacets("krypteirng", {});
  assert.ok(fixed.results.length > 0);
  assert.deepStrictEqual(fixed.corrections, [{ from: "krypteirng", to: "kryptering" }]);
  const accent = await S.queryWithFacets("brandvägh", {});
  assert.deepStrictEqual(accent.corrections, [{ from: "brandvägh", to: "brandvägg" }]);
  // Only the misspelt word of several is corrected; exact, folded and prefix matches are not.
  const mixed = await S.queryWithFacets("lösenord krypteirng", {});
  assert.deepStrictEqual(mixed.corrections.map((c) => c.from), ["krypteirng"]);
  for (const q of ["kryptering", "brandvagg", "krypt", "xqzvw"]) {
    assert.deepStrictEqual((await S.queryWithFacets(q, {})).corrections, [], q);
  }
});
