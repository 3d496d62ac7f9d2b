// The JS stemmers against every word of the Snowball reference lists.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..");
const S = require(path.join(root, "Sources/HubSearch/Resources/pilothub-stemmers.js"));

function lines(file) {
  const l = fs.readFileSync(file, "utf8").split("\n");
  if (l[l.length - 1] === "") l.pop();
  return l;
}

for (const [folder, lang, count] of [["swedish", "sv", 30738], ["english", "en", 42649]]) {
  test(`${folder} stemmer agrees with every word of the Snowball list`, () => {
    const dir = path.join(root, "Tests/HubSearchTests/Resources/snowball", folder);
    const voc = lines(path.join(dir, "voc.txt"));
    const out = lines(path.join(dir, "output.txt"));
    assert.strictEqual(voc.length, count);
    assert.strictEqual(out.length, count);
    const bad = [];
    for (let i = 0; i < voc.length; i++) {
      const got = S.stem(voc[i], lang);
      if (got !== out[i]) bad.push(`${voc[i]} -> ${got}, expected ${out[i]}`);
    }
    console.log(`${lang}: ${voc.length - bad.length}/${voc.length}`);
    assert.deepStrictEqual(bad.slice(0, 20), []);
  });
}

test("stem() tolerates empty and odd input", () => {
  assert.strictEqual(S.stem("", "sv"), "");
  assert.strictEqual(S.stem(undefined, "en"), "");
  assert.strictEqual(S.stem("a", "en"), "a");
});
