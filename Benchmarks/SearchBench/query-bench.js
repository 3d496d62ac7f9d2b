// Runtime figures for SearchBench: sizes (raw and gzip), bytes loaded before the first result
// of one-word queries, and the median query time over 100 queries. Usage: node query-bench.js SITE
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const site = process.argv[2];
const dir = path.join(site, "search");
const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + " KB";

const runtimeNames = ["pilothub-stemmers.js", "pilothub-search.js"];
const all = fs.readdirSync(dir).filter((f) => f.endsWith(".js"));
let rawTotal = 0, gzTotal = 0;
for (const f of all) {
  if (runtimeNames.includes(f) || f === "pilothub-search-ui.js") continue;
  const b = fs.readFileSync(path.join(dir, f));
  rawTotal += b.length; gzTotal += gz(b);
}
console.log(`index total: ${rawTotal} bytes raw (${kb(rawTotal)}), ${gzTotal} bytes gzip, each file gzipped (${kb(gzTotal)})`);
let rtRaw = 0, rtGz = 0;
for (const f of runtimeNames) { const b = fs.readFileSync(path.join(dir, f)); rtRaw += b.length; rtGz += gz(b); console.log(`runtime ${f}: ${b.length} raw, ${gz(b)} gzip`); }
const ui = fs.readFileSync(path.join(dir, "pilothub-search-ui.js"));
console.log(`runtime total (search + stemmers): ${rtRaw} raw, ${rtGz} gzip (${kb(rtGz)}); UI script ${ui.length} raw, ${gz(ui)} gzip`);

function fresh() {
  delete require.cache[require.resolve(path.join(dir, "pilothub-search.js"))];
  return require(path.join(dir, "pilothub-search.js"));
}

const oneWord = ["lösenord", "kryptering", "brandvägg", "nätfiske", "incidenthantering", "säkerhetskopiering", "gdpr", "nis2", "firewall", "utbildning"];
const queries = [];
const base = ["lösenord", "kryptering", "brandvagg", "nätfiske", "hantering", "säkerhetskopiering", "gdpr", "nis2", "firewall", "malware",
  "behörigheter", "molntjänster", "riskanalys", "leverantörer", "utpressningsvirus", "tvåfaktorsautentisering", "routrar", "backup",
  "password", "phishing", "uppdateringar", "incident", "informationsklassning", "distansarbete", "personuppgifter"];
for (let i = 0; i < 100; i++) {
  const w = base[i % base.length], w2 = base[(i * 7 + 3) % base.length];
  switch (Math.floor(i / base.length)) {
    case 0: queries.push(w); break;                              // one word
    case 1: queries.push(w + " " + w2); break;                   // two words
    case 2: queries.push(w.slice(0, Math.max(3, w.length - 3))); break; // prefix while typing
    default: queries.push(w.length > 5 ? w.slice(0, 2) + w[3] + w[2] + w.slice(4) : w + "x"); // typo
  }
}

(async () => {
  let maxFirst = null;
  for (const q of oneWord) {
    const S = fresh();
    await S.init({ root: site });
    const r = await S.query(q, { limit: 10 });
    const st = S._stats();
    let raw = rtRaw, g = rtGz;
    for (const f of st.files) { const b = fs.readFileSync(path.join(dir, f + ".js")); raw += b.length; g += gz(b); }
    console.log(`first result of "${q}": ${r.length} results, ${st.files.length} index files + runtime = ${raw} bytes raw, ${g} bytes gzip (${kb(g)})`);
    if (!maxFirst || g > maxFirst.g) maxFirst = { q, raw, g };
  }
  console.log(`bytes before the first result (one-word query, worst of ${oneWord.length}): ${maxFirst.raw} raw, ${maxFirst.g} gzip (${kb(maxFirst.g)}) for "${maxFirst.q}"`);

  const S = fresh();
  await S.init({ root: site });
  // Wall-clock time, and CPU time of this process (less disturbed when the machine is busy).
  const times = async () => {
    const t = [], c = [];
    for (const q of queries) {
      const a = process.hrtime.bigint(), u = process.cpuUsage();
      await S.query(q, { limit: 10 });
      const du = process.cpuUsage(u);
      t.push(Number(process.hrtime.bigint() - a) / 1e6);
      c.push((du.user + du.system) / 1000);
    }
    t.sort((a, b) => a - b); c.sort((a, b) => a - b);
    return { t, c };
  };
  const cold = await times();
  const warm = await times();
  const med = (t) => (t[49] + t[50]) / 2;
  console.log(`median query time over ${queries.length} queries: ${med(cold.t).toFixed(2)} ms cold (loading shards from disk), ${med(warm.t).toFixed(2)} ms warm; p90 warm ${warm.t[89].toFixed(2)} ms`);
  console.log(`  CPU time per query (median): ${med(cold.c).toFixed(2)} ms cold, ${med(warm.c).toFixed(2)} ms warm; load average ${require("os").loadavg()[0].toFixed(1)} on ${require("os").cpus().length} CPUs`);
  const facetsT = [], facetsC = [];
  for (const q of queries.slice(0, 20)) {
    const a = process.hrtime.bigint(), u = process.cpuUsage();
    await S.queryWithFacets(q, { limit: 10 });
    const du = process.cpuUsage(u);
    facetsT.push(Number(process.hrtime.bigint() - a) / 1e6); facetsC.push((du.user + du.system) / 1000);
  }
  facetsT.sort((a, b) => a - b); facetsC.sort((a, b) => a - b);
  console.log(`median queryWithFacets (20 queries, warm): ${facetsT[10].toFixed(2)} ms, CPU ${facetsC[10].toFixed(2)} ms`);
})();
