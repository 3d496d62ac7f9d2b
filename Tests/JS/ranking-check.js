// Runs every query of a ranking-queries.json file against a built site and checks the top
// result. Usage: node ranking-check.js SITE_DIR QUERIES_JSON. Exit 1 when any query fails.
// Run by the Swift test RankingTests (it builds the index of Content/ first).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const S = require(path.join(__dirname, "..", "..", "Sources/HubSearch/Resources/pilothub-search.js"));

const [site, file] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(file, "utf8"));
const list = Array.isArray(data) ? data : data.queries || [];

// `methods/x`, `methods/x/`, `methods/x/index.html`, `methods/x.md`, `/methods/x/#a` are the same page.
function norm(u) {
  return String(u || "").replace(/#.*$/, "").replace(/^\.?\//, "").replace(/index\.html$/, "").replace(/\.md$/, "").replace(/\/$/, "");
}

(async () => {
  await S.init({ root: site });
  let ok = 0;
  const lines = [];
  for (const e of list) {
    const q = e.query ?? e.q;
    let exp = e.expected ?? e.expect ?? e.top ?? e.url ?? e.id ?? e.expected_top;
    const wanted = (Array.isArray(exp) ? exp : [exp]).map(norm);
    const r = await S.query(q, { limit: 5 });
    const got = r.length ? norm(r[0].url) : "(nothing)";
    const pass = wanted.some((w) => got === w || got.endsWith("/" + w));
    if (pass) ok++;
    lines.push(`${pass ? "ok  " : "FAIL"} ${JSON.stringify(q)} -> ${got}${pass ? "" : `   expected ${wanted.join(" | ")}; top 5: ${r.map((x) => norm(x.url)).join(", ")}`}`);
  }
  console.log(lines.join("\n"));
  console.log(`ranking: ${ok}/${list.length} queries have the expected top result`);
  process.exit(ok === list.length && list.length > 0 ? 0 : 1);
})();
