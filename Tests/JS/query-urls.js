// Prints, as JSON, the result URLs of each query against a built site:
//   node Tests/JS/query-urls.js SITE QUERY...
const path = require("path");
const site = path.resolve(process.argv[2]);
const S = require(path.join(site, "search/pilothub-search.js"));
(async () => {
  await S.init({ root: site + "/" });
  const out = {};
  for (const q of process.argv.slice(3)) {
    const r = await S.query(q, { limit: 5 });
    out[q] = (Array.isArray(r) ? r : r.results).map((x) => x.url);
  }
  console.log(JSON.stringify(out));
})();
