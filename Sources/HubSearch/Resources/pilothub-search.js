/* PilotHub search runtime. Vanilla JS, no dependencies, no storage, no eval, no fetch:
 * index files are classic scripts that call PilotHubSearch.register(name, data), so the
 * search works from file:// and from any web path. Under Node the same files are read from
 * disk (module.exports), which the tests use.
 *
 *   PilotHubSearch.init({root})                     root: relative path to the site root
 *                                                   (browser) or the site folder (Node)
 *   await PilotHubSearch.query(text, {filters, limit})
 *        -> [{url, href, title, kind, lang, score, excerpt}]
 *   await PilotHubSearch.queryWithFacets(text, {filters, limit})
 *        -> {results, total, facets: {kind: [{value, count}], tags: [...], ...}, mode,
 *            corrections: [{from, to}]}   words matched only with a typo, and the word
 *                                         the results are for (as the best pages spell it)
 *   PilotHubSearch.stem(word, lang)                 the Snowball stem (sv, en)
 *
 * url is relative to the site root (with #anchor of the best heading); href = root + url.
 * filters: {facetName: [values]}: any value within a facet, every facet given.
 * excerpt is HTML: text escaped, matched words in <mark>. */
(function (G) {
  "use strict";
  var isNode = typeof module !== "undefined" && module.exports && typeof document === "undefined";
  var Stem = G.PilotHubStemmers || (isNode ? require("./pilothub-stemmers.js") : null);

  var SV_STOP = "och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitt sådana vart dina vars vårt våra ert era vilkas";
  var EN_STOP = "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing would should could ought i'm you're he's she's it's we're they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't cannot couldn't mustn't let's that's who's what's here's there's when's where's why's how's a an the and but if or because as until while of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very";
  function wordSet(s) { var o = Object.create(null); s.split(" ").forEach(function (w) { o[w] = true; }); return o; }
  var STOP = { sv: wordSet(SV_STOP), en: wordSet(EN_STOP) };

  // ------------------------------------------------------------ text (same rules as Swift)
  var WORD = /[\p{L}\p{M}\p{N}]/u, LETTER = /\p{L}/u, NUMBER = /\p{N}/u;
  var MAX_LEN = 40;
  function normalize(s) { return String(s).toLowerCase().normalize("NFC"); }
  var FOLD = Object.create(null);
  function foldChar(c) {
    var f = FOLD[c];
    if (f === undefined) f = FOLD[c] = c.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    return f;
  }
  /* Accent folding (brandvägg -> brandvagg), as SearchTokenizer.fold (Swift). */
  function fold(s) { return /[^\x00-\x7f]/.test(s) ? s.replace(/[^\x00-\x7f]/g, foldChar).normalize("NFC") : s; }
  function hasDigit(s) { return NUMBER.test(s); }
  function len(s) { return Array.from(s).length; }
  function isHyphen(c) { return c === "-" || c === "\u2010" || c === "\u2011"; }

  /* Words of text as chains: [[part, part, ...], ...] (one part for a plain word). */
  function chains(text) {
    var cs = Array.from(normalize(text)), out = [], parts = [], word = "";
    for (var i = 0; i < cs.length; i++) {
      var c = cs[i];
      if (WORD.test(c)) { word += c; continue; }
      if ((c === "'" || c === "\u2019") && word && i + 1 < cs.length && LETTER.test(cs[i + 1]) && LETTER.test(Array.from(word).pop())) { word += "'"; continue; }
      if (isHyphen(c) && word && i + 1 < cs.length && WORD.test(cs[i + 1])) { parts.push(word); word = ""; continue; }
      if (word) { parts.push(word); word = ""; }
      if (parts.length) { out.push(parts); parts = []; }
    }
    if (word) parts.push(word);
    if (parts.length) out.push(parts);
    return out;
  }
  function okLen(s) { var n = len(s); return n >= 2 && n <= MAX_LEN; }
  /* Index tokens of text, exactly as SearchTokenizer.tokens (Swift). */
  function tokenize(text) {
    var out = [];
    chains(text).forEach(function (p) {
      p.forEach(function (w) { if (okLen(w)) out.push(w); });
      if (p.length > 1) {
        var a = p.join("-"), b = p.join("");
        if (okLen(a)) out.push(a);
        if (okLen(b)) out.push(b);
      }
    });
    return out;
  }
  function stem(word, lang) { return Stem ? Stem.stem(word, lang === "en" ? "en" : "sv") : word; }
  function term(token, lang) { return hasDigit(token) ? token : stem(token, lang); }

  // ------------------------------------------------------------ loading
  var registry = Object.create(null), pending = Object.create(null);
  var st = { root: "", manifest: null, shards: null, terms: Object.create(null), stats: { bytes: 0, files: [] } };

  function register(name, data) { registry[name] = data; }

  function load(name) {
    if (name in registry) return Promise.resolve(registry[name]);
    if (pending[name]) return pending[name];
    var p;
    if (isNode) {
      var fs = require("fs"), path = require("path");
      p = new Promise(function (resolve) {
        var file = path.join(st.root, "search", name + ".js");
        fs.readFile(file, "utf8", function (err, text) {
          if (err) { registry[name] = null; resolve(null); return; }
          st.stats.bytes += Buffer.byteLength(text); st.stats.files.push(name);
          var start = text.indexOf(","), end = text.lastIndexOf(")");
          try { registry[name] = JSON.parse(text.slice(start + 1, end)); } catch (e) { registry[name] = null; }
          resolve(registry[name]);
        });
      });
    } else {
      p = new Promise(function (resolve) {
        var s = document.createElement("script");
        s.src = st.root + "search/" + name + ".js";
        s.async = true;
        s.onload = function () { st.stats.files.push(name); resolve(name in registry ? registry[name] : null); };
        s.onerror = function () { registry[name] = null; resolve(null); };
        document.head.appendChild(s);
      });
    }
    pending[name] = p;
    return p.then(function (v) { delete pending[name]; return v; });
  }

  var ready = null;
  function init(opts) {
    opts = opts || {};
    var root = opts.root;
    if (root == null && !isNode && typeof document !== "undefined") root = document.documentElement.getAttribute("data-root") || "";
    if (root === "./") root = "";
    if (!isNode && root && root.charAt(root.length - 1) !== "/") root += "/";
    st.root = root || "";
    st.manifest = null; st.terms = Object.create(null); st.stats = { bytes: 0, files: [] };
    registry = Object.create(null); pending = Object.create(null);
    var needStem = !Stem && !isNode && typeof document !== "undefined";
    ready = (needStem ? new Promise(function (resolve) {
      var s = document.createElement("script");
      s.src = st.root + "search/pilothub-stemmers.js";
      s.onload = s.onerror = function () { Stem = G.PilotHubStemmers || null; resolve(); };
      document.head.appendChild(s);
    }) : Promise.resolve()).then(function () { return load("manifest"); }).then(function (m) {
      st.manifest = m;
      st.shards = m ? m.s.slice().sort() : [];
      st.shardSet = Object.create(null);
      st.shards.forEach(function (p) { st.shardSet[p] = true; });
      return m;
    });
    return ready;
  }

  // ------------------------------------------------------------ shards and terms
  function fileSafe(s) {
    var out = "";
    Array.from(s).forEach(function (c) {
      var v = c.codePointAt(0);
      out += (v >= 0x61 && v <= 0x7a) || (v >= 0x30 && v <= 0x39) ? c : "_" + v.toString(16);
    });
    return out;
  }
  function shardName(prefix) { return prefix === "" ? "t_root" : "t-" + fileSafe(prefix); }
  function startsWith(s, p) { return s.slice(0, p.length) === p; }
  /* The shard that holds folded key k: the longest listed prefix of k. */
  function shardFor(k) {
    for (var i = k.length; i >= 0; i--) { var p = k.slice(0, i); if (st.shardSet[p]) return p; }
    return null;
  }
  /* Shards that may hold keys starting with p. */
  function shardsFrom(p) {
    var out = [], own = shardFor(p);
    if (own !== null) out.push(own);
    st.shards.forEach(function (s) { if (s !== own && s.length > p.length && startsWith(s, p)) out.push(s); });
    return out;
  }
  /* Entries of a shard, parsed once: [{t, f, df, p}]. */
  function shardEntries(prefix) {
    return load(shardName(prefix)).then(function (data) {
      if (!data) return [];
      if (!data._e) {
        data._e = data.map(function (e) { return { t: e[0], f: fold(e[0]), df: e[1], p: e[2], l: e[3] || 3, d: null }; });
      }
      return data._e;
    });
  }
  var ALPHA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_", VAL = new Int8Array(128);
  for (var ai = 0; ai < ALPHA.length; ai++) VAL[ALPHA.charCodeAt(ai)] = ai;
  /* Varints: 5 bits per character, low bits first; a character value >= 32 means more follow. */
  function varints(s) {
    var out = [], v = 0, shift = 0;
    for (var i = 0; i < s.length; i++) {
      var c = VAL[s.charCodeAt(i) & 127];
      v |= (c & 31) << shift;
      if (c >= 32) { shift += 5; } else { out.push(v); v = 0; shift = 0; }
    }
    return out;
  }
  /* Postings of an entry: flat [doc, score, section, ...]. */
  function postings(e) {
    if (!e.d) {
      var raw = varints(e.p), doc = 0;
      for (var i = 0; i < raw.length; i += 3) { doc += raw[i]; raw[i] = doc; }
      e.d = raw;
    }
    return e.d;
  }

  // ------------------------------------------------------------ matching
  function isStop(w) { return w !== "it" && (STOP.sv[w] || STOP.en[w]); }

  /* Query units: one per word or hyphen chain. */
  function units(text) {
    var trailing = /\s$/.test(text);
    var cs = chains(text), out = [];
    cs.forEach(function (p, i) {
      var word = p.length > 1 ? p.join("-") : p[0];
      if (len(word) > MAX_LEN) return;
      out.push({ word: word, joined: p.length > 1 ? p.join("") : null, prefix: !trailing && i === cs.length - 1, stop: isStop(word) });
    });
    var kept = out.filter(function (u) { return !u.stop && len(u.word) >= 2; });
    if (!kept.length) kept = out.filter(function (u) { return len(u.word) >= 2; });
    return kept;
  }

  var ROW0 = new Int32Array(64), ROW1 = new Int32Array(64), ROW2 = new Int32Array(64);
  /* Optimal string alignment distance (a transposition counts 1), or max + 1 when larger. */
  function osa(a, b, max) {
    var n = a.length, m = b.length;
    if (Math.abs(n - m) > max) return max + 1;
    if (m >= 63 || n >= 63) return max + 1;
    var pp = ROW0, p = ROW1, c = ROW2, i, j, t;
    for (j = 0; j <= m; j++) p[j] = j;
    for (i = 1; i <= n; i++) {
      c[0] = i;
      var rowMin = i, ai = a.charCodeAt(i - 1);
      for (j = 1; j <= m; j++) {
        var bj = b.charCodeAt(j - 1);
        var v = p[j - 1] + (ai === bj ? 0 : 1);
        if (p[j] + 1 < v) v = p[j] + 1;
        if (c[j - 1] + 1 < v) v = c[j - 1] + 1;
        if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && pp[j - 2] + 1 < v) v = pp[j - 2] + 1;
        c[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) return max + 1;
      t = pp; pp = p; p = c; c = t;
    }
    return p[m];
  }

  var W_EXACT = 1, W_FOLDED = 0.9, W_PREFIX = 0.7, W_FUZZY1 = 0.55, W_FUZZY2 = 0.4, MAX_EXPANSIONS = 40;

  /* The matched entries of one unit: [{e, w}] plus the prefixes used (for highlighting). */
  function matchUnit(u) {
    // exact: term -> the languages (1 sv, 2 en) whose stem of the word it is.
    var exact = {}, keys = {}, langs = {};
    if (hasDigit(u.word) || u.joined !== null) {
      exact[u.word] = 3;
      if (u.joined) exact[u.joined] = 3;
    } else {
      var ssv = stem(u.word, "sv"), sen = stem(u.word, "en");
      exact[ssv] = 1;
      exact[sen] = (exact[sen] || 0) | 2;
    }
    Object.keys(exact).forEach(function (t) { var k = fold(t); keys[k] = true; langs[k] = (langs[k] || 0) | exact[t]; });
    var found = [], seen = {};
    function add(e, w) {
      if (seen[e.t] !== undefined) { if (found[seen[e.t]].w < w) found[seen[e.t]].w = w; return; }
      seen[e.t] = found.length; found.push({ e: e, w: w });
    }
    var keyList = Object.keys(keys);
    return Promise.all(keyList.map(function (k) {
      var s = shardFor(k);
      return s === null ? [] : shardEntries(s);
    })).then(function (lists) {
      lists.forEach(function (entries, i) {
        var k = keyList[i];
        entries.forEach(function (e) {
          if (e.f !== k || !(e.l & langs[k])) return;
          add(e, exact[e.t] & e.l ? W_EXACT : W_FOLDED);
        });
      });
      var fw = fold(u.word);
      if (!u.prefix || len(fw) < 2) return null;
      var shards = shardsFrom(fw);
      if (shards.length > 4) shards = shards.slice(0, 1);
      return Promise.all(shards.map(shardEntries)).then(function (ls) {
        var cands = [];
        ls.forEach(function (entries) { entries.forEach(function (e) { if (e.f.length > fw.length && startsWith(e.f, fw) && seen[e.t] === undefined) cands.push(e); }); });
        cands.sort(function (a, b) { return b.df - a.df || (a.t < b.t ? -1 : 1); });
        cands.slice(0, MAX_EXPANSIONS).forEach(function (e) { add(e, W_PREFIX); });
      });
    }).then(function () {
      var fw = fold(u.word), n = len(fw);
      if (found.length || n < 5 || hasDigit(fw)) return;
      var max = n >= 9 ? 2 : 1;
      // Candidate shards: where the word would be if a typo in its first letters were fixed
      // (transposition, deletion, substitution, insertion there); a typo later in the word
      // leaves it in the word's own shard.
      var shards = [], set = {}, ALPH = "abcdefghijklmnopqrstuvwxyz0123456789";
      function addShard(v) { var s = shardFor(v); if (s !== null && !set[s] && shards.length < 10) { set[s] = true; shards.push(s); } }
      addShard(fw);
      var i, c;
      for (i = 0; i < 4 && i + 1 < n; i++) addShard(fw.slice(0, i) + fw.charAt(i + 1) + fw.charAt(i) + fw.slice(i + 2));
      for (i = 0; i < 4 && i < n; i++) addShard(fw.slice(0, i) + fw.slice(i + 1));
      for (i = 0; i < 3 && i < n; i++) for (c = 0; c < ALPH.length; c++) {
        addShard(fw.slice(0, i) + ALPH.charAt(c) + fw.slice(i + 1));
        addShard(fw.slice(0, i) + ALPH.charAt(c) + fw.slice(i));
      }
      var fs = fold(stem(u.word, "sv"));
      return Promise.all(shards.map(shardEntries)).then(function (ls) {
        var cands = [];
        ls.forEach(function (entries) {
          entries.forEach(function (e) {
            var d = Math.min(osa(fw, e.f, max), osa(fs, e.f, max));
            if (d <= max) cands.push({ e: e, d: d });
          });
        });
        cands.sort(function (a, b) { return a.d - b.d || b.e.df - a.e.df; });
        cands.slice(0, MAX_EXPANSIONS).forEach(function (c) { add(c.e, c.d === 1 ? W_FUZZY1 : W_FUZZY2); });
      });
    }).then(function () { return found; });
  }

  // ------------------------------------------------------------ facets and documents
  function facetsData() {
    return load("facets").then(function (f) {
      if (f && !f._docs) {
        f._docs = f.d.map(function (s) {
          var v = varints(s), out = [], i = 0;
          for (var k = 0; k < f.f.length; k++) { var c = v[i++]; out.push(v.slice(i, i + c)); i += c; }
          return out;
        });
      }
      return f;
    });
  }
  function passes(f, doc, filters) {
    for (var name in filters) {
      var want = filters[name];
      if (!want || !want.length) continue;
      var fi = f.f.indexOf(name);
      if (fi < 0) return false;
      var have = f._docs[doc][fi].map(function (i) { return f.v[fi][i]; });
      var ok = false;
      for (var j = 0; j < want.length; j++) if (have.indexOf(String(want[j])) >= 0) { ok = true; break; }
      if (!ok) return false;
    }
    return true;
  }
  function docRecord(id) {
    var c = st.manifest.c;
    return load("d-" + Math.floor(id / c)).then(function (chunk) { return chunk ? chunk[id % c] : null; });
  }

  function escapeHTML(s) {
    return s.replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; });
  }
  var WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;
  /* Words of text with positions, marking those that match (the index stores NFC text). */
  function marks(text, lang, match) {
    var out = [], m;
    WORD_RE.lastIndex = 0;
    while ((m = WORD_RE.exec(text))) {
      if (match(m[0].toLowerCase(), lang)) out.push([m.index, m.index + m[0].length]);
    }
    return out;
  }
  /* The first word of text, lowercased, whose folded form or folded term is one of terms. */
  function spelling(text, lang, terms) {
    var m;
    WORD_RE.lastIndex = 0;
    while ((m = WORD_RE.exec(text))) {
      var w = m[0].toLowerCase();
      if (terms[fold(w)] || terms[fold(term(w, lang))]) return w;
    }
    return null;
  }
  function excerptHTML(text, spans, size) {
    var start = 0;
    if (spans.length) start = Math.max(0, spans[0][0] - 50);
    if (start > 0) { var sp = text.indexOf(" ", start); if (sp >= 0 && sp < spans[0][0]) start = sp + 1; }
    var end = Math.min(text.length, start + size);
    if (end < text.length) { var sp2 = text.lastIndexOf(" ", end); if (sp2 > start + size / 2) end = sp2; }
    var html = start > 0 ? "… " : "", pos = start;
    spans.forEach(function (s) {
      if (s[0] < pos || s[1] > end) return;
      html += escapeHTML(text.slice(pos, s[0])) + "<mark>" + escapeHTML(text.slice(s[0], s[1])) + "</mark>";
      pos = s[1];
    });
    html += escapeHTML(text.slice(pos, end));
    if (end < text.length && !/…$/.test(html)) html += " …";
    return html;
  }

  // ------------------------------------------------------------ query
  function run(text, opts) {
    opts = opts || {};
    var limit = opts.limit == null ? 10 : opts.limit, filters = opts.filters || {};
    var wantFacets = !!opts.facets;
    return (ready || init({})).then(function () {
      if (!st.manifest) return { results: [], total: 0, facets: {} };
      var us = units(String(text || ""));
      if (!us.length) return { results: [], total: 0, facets: {} };
      return Promise.all(us.map(matchUnit)).then(function (matched) {
        var N = st.manifest.n;
        // Words found only through typo tolerance (nothing matched them exactly, folded or as
        // a prefix): the reader is told which word the results are for.
        var fuzzy = [];
        us.forEach(function (u, i) {
          var f = matched[i];
          if (!f.length || f[0].w > W_FUZZY1) return;
          var ts = {};
          f.forEach(function (x) { ts[x.e.f] = true; });
          fuzzy.push({ word: u.word, terms: ts, to: null });
        });
        var total = new Float64Array(N), hitsA = new Uint8Array(N), secA = new Int32Array(N), secScore = new Float64Array(N);
        var unit = new Float64Array(N), unitSec = new Int32Array(N), docs = [];
        // Alternatives of one word (its Swedish and English stems, å/ä/ö variants, completions,
        // typo matches) compete on how well they fit the page, not on how rare they are: each
        // is scaled down to the idf of the most common alternative, preferring whole-word ones.
        function idf(df) { return Math.log(1 + (N - df + 0.5) / (df + 0.5)); }
        matched.forEach(function (found) {
          var ref = Infinity, refAny = Infinity;
          found.forEach(function (x) {
            var v = idf(x.e.df);
            if (x.w >= W_FOLDED && v < ref) ref = v;
            if (v < refAny) refAny = v;
          });
          if (ref === Infinity) ref = refAny;
          var touched = [];
          found.forEach(function (x) {
            var p = postings(x.e), w = x.w * Math.min(1, ref / idf(x.e.df));
            for (var i = 0; i < p.length; i += 3) {
              var d = p[i], sc = p[i + 1] * w;
              if (d >= N) continue;
              if (unit[d] === 0) touched.push(d);
              if (sc > unit[d]) { unit[d] = sc; unitSec[d] = p[i + 2]; }
            }
          });
          touched.forEach(function (d) {
            if (hitsA[d] === 0) docs.push(d);
            total[d] += unit[d];
            hitsA[d]++;
            if (unit[d] > secScore[d]) { secScore[d] = unit[d]; secA[d] = unitSec[d]; }
            unit[d] = 0;
          });
        });
        var nu = us.length;
        var all = docs.filter(function (d) { return hitsA[d] === nu; });
        var mode = "and";
        if (!all.length) { all = docs; mode = "or"; }
        // In OR mode a page with more of the words ranks higher.
        var final = function (d) { return mode === "or" ? total[d] * hitsA[d] / nu : total[d]; };
        var secs = secA;
        var needFacets = wantFacets || Object.keys(filters).some(function (k) { return filters[k] && filters[k].length; });
        return (needFacets ? facetsData() : Promise.resolve(null)).then(function (f) {
          if (f) all = all.filter(function (d) { return passes(f, d, filters); });
          var fs = new Float64Array(N);
          all.forEach(function (d) { fs[d] = final(d); });
          var better = function (a, b) { return fs[b] - fs[a] || a - b; };
          var top;
          if (all.length <= 4 * limit) {
            all.sort(better);
            top = all.slice(0, limit);
          } else {
            // Only the first `limit` are shown: keep them sorted while scanning, no full sort.
            top = [];
            for (var ti = 0; ti < all.length; ti++) {
              var d = all[ti];
              if (top.length === limit && better(d, top[limit - 1]) >= 0) continue;
              var at = top.length;
              while (at > 0 && better(d, top[at - 1]) < 0) at--;
              top.splice(at, 0, d);
              if (top.length > limit) top.pop();
            }
          }
          var facets = {};
          if (f && wantFacets) {
            f.f.forEach(function (name, fi) {
              var counts = new Int32Array(f.v[fi].length), list = [];
              for (var k = 0; k < all.length; k++) {
                var vs = f._docs[all[k]][fi];
                for (var j = 0; j < vs.length; j++) counts[vs[j]]++;
              }
              for (var vi = 0; vi < counts.length; vi++) if (counts[vi]) list.push({ value: f.v[fi][vi], count: counts[vi] });
              facets[name] = list.sort(function (a, b) { return b.count - a.count || (a.value < b.value ? -1 : 1); });
            });
          }

          // What to highlight: every matched term, by its folded form, and typed prefixes.
          var terms = {}, prefixes = [];
          matched.forEach(function (found) { found.forEach(function (x) { terms[x.e.f] = true; }); });
          us.forEach(function (u) { if (u.prefix && len(u.word) >= 2) prefixes.push(fold(u.word)); });
          var termList = Object.keys(terms).filter(function (t) { return len(t) >= 4; });
          // Quick rejection: a word can only match by stem or prefix if it starts like a term.
          var starts = Object.create(null);
          Object.keys(terms).forEach(function (t) { starts[t.slice(0, 3)] = true; });
          prefixes.forEach(function (p) { starts[p.slice(0, 3)] = true; });
          var memo = Object.create(null);
          function match(word, lang) {
            var key = lang + ":" + word;
            if (memo[key] === undefined) memo[key] = matchWord(word, lang);
            return memo[key];
          }
          function matchWord(word, lang) {
            var fw = fold(word);
            if (starts[fw.slice(0, 3)] || fw.length < 3) {
              if (terms[fw] || terms[fold(term(word, lang))]) return true;
              for (var i = 0; i < prefixes.length; i++) if (startsWith(fw, prefixes[i])) return true;
            }
            if (fw.length >= 7) for (var j = 0; j < termList.length; j++) if (fw.length > termList[j].length + 2 && fw.indexOf(termList[j]) > 0) return true;
            return false;
          }
          return Promise.all(top.map(docRecord)).then(function (recs) {
            var results = [];
            recs.forEach(function (r, i) {
              if (!r) return;
              var d = top[i], lang = r[3], sections = r[5], best = secs[d];
              var texts = [];
              if (sections[best]) texts.push(sections[best][2]);
              if (r[4]) texts.push(r[4]);
              sections.forEach(function (s, si) { if (si !== best && s[2]) texts.push(s[2]); });
              // The first text with a match, best section first: cheap, and usually right.
              var pick = texts[0] || "", spans = [];
              for (var ti = 0; ti < texts.length; ti++) {
                var sp = marks(texts[ti], lang, match);
                if (sp.length) { pick = texts[ti]; spans = sp; break; }
              }
              var anchor = sections[best] && sections[best][0] ? "#" + sections[best][0] : "";
              var url = r[0] + anchor;
              results.push({
                url: url, href: (isNode ? "" : st.root) + url, title: r[1], kind: r[2], lang: lang,
                score: Math.round(final(d)) / 50,
                excerpt: excerptHTML(pick, spans, 200), id: d
              });
            });
            // Each corrected word as the best pages spell it: title, summary, then sections.
            var corrections = [];
            fuzzy.forEach(function (z) {
              for (var ri = 0; ri < recs.length && !z.to; ri++) {
                var r = recs[ri];
                if (!r) continue;
                var texts = [r[1], r[4]];
                (r[5] || []).forEach(function (sec) { texts.push(sec[1], sec[2]); });
                for (var k = 0; k < texts.length && !z.to; k++) z.to = spelling(texts[k] || "", r[3], z.terms);
              }
              if (z.to && z.to !== z.word) corrections.push({ from: z.word, to: z.to });
            });
            return { results: results, total: all.length, facets: facets, mode: mode, corrections: corrections };
          });
        });
      });
    });
  }

  var api = {
    init: init,
    register: register,
    query: function (text, opts) { return run(text, opts).then(function (r) { return r.results; }); },
    queryWithFacets: function (text, opts) {
      var o = {}; for (var k in (opts || {})) o[k] = opts[k]; o.facets = true;
      return run(text, o);
    },
    /* The Snowball stem of a word (lowercased and NFC-normalized first); lang "sv" or "en". */
    stem: function (word, lang) { return stem(normalize(word == null ? "" : word), lang); },
    tokenize: tokenize,
    fold: fold,
    _stats: function () { return { bytes: st.stats.bytes, files: st.stats.files.slice() }; }
  };
  G.PilotHubSearch = api;
  if (isNode) module.exports = api;
})(typeof globalThis !== "undefined" ? globalThis : this);
