/* PilotHub search UI: the full search page (search/index.html) and the header box.
 * Needs pilothub-search.js (and pilothub-stemmers.js), loaded before it with `defer`.
 * Contract with the page (HubSite):
 *   <html lang=".." data-root="../../">                    relative path to the site root
 *   header: <form class="site-search" role="search" action="{root}search/index.html">
 *             <input type="search" name="q" id="site-search-input"></form>
 *   search page: <form id="search-form"><input id="search-input" name="q"></form>
 *             <div id="search-status" role="status" aria-live="polite"></div>
 *             <div id="search-facets"></div> <ol id="search-results"></ol>
 * Reads ?q= (also on file://), shows results as you type, facet checkboxes with counts,
 * arrow keys move through results, counts are announced in #search-status. Stores nothing. */
(function () {
  "use strict";
  if (typeof document === "undefined") return;
  var S = window.PilotHubSearch;
  if (!S) return;

  var lang = (document.documentElement.getAttribute("lang") || "sv").slice(0, 2) === "en" ? "en" : "sv";
  var T = {
    sv: {
      searching: "Söker …", none: "Inga träffar för ”%q”.", one: "1 träff för ”%q”.", many: "%n träffar för ”%q”.",
      some: "Inga sidor innehåller alla orden; visar %n sidor med något av dem.", empty: "Skriv ett sökord.",
      fixed: "Inga träffar för ”%q”. Visar %r för ”%c”.", oneN: "1 träff", manyN: "%n träffar",
      facetNames: { kind: "Typ", tags: "Taggar", region: "Region", sector: "Bransch", format: "Format", level: "Nivå", project: "Projekt", year: "År" },
      kinds: { methods: "Metod", tools: "Verktyg", lessons: "Lärdom", projects: "Projekt", meetings: "Erfarenhetsträff", organisations: "Organisation", pages: "Sida" },
      clear: "Rensa filter", unavailable: "Sökningen kunde inte laddas. Använd listorna i menyn."
    },
    en: {
      searching: "Searching …", none: "No results for “%q”.", one: "1 result for “%q”.", many: "%n results for “%q”.",
      some: "No page contains every word; showing %n pages with some of them.", empty: "Type a search word.",
      fixed: "No results for “%q”. Showing %r for “%c”.", oneN: "1 result", manyN: "%n results",
      facetNames: { kind: "Type", tags: "Tags", region: "Region", sector: "Sector", format: "Format", level: "Level", project: "Project", year: "Year" },
      kinds: { methods: "Method", tools: "Tool", lessons: "Lesson", projects: "Project", meetings: "Meeting", organisations: "Organisation", pages: "Page" },
      clear: "Clear filters", unavailable: "Search could not be loaded. Use the lists in the menu."
    }
  }[lang];

  function param(name) {
    var m = new RegExp("[?&]" + name + "=([^&#]*)").exec(window.location.search || "");
    if (!m) return "";
    try { return decodeURIComponent(m[1].replace(/\+/g, " ")); } catch (e) { return m[1]; }
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var facetBox = document.getElementById("search-facets");
  var list = document.getElementById("search-results");

  // Header box: prefill from ?q= and let the form submit to the search page.
  var headerInput = document.getElementById("site-search-input");
  if (headerInput && !headerInput.value && param("q")) headerInput.value = param("q");

  if (!form || !input || !list) return;

  S.init({ root: document.documentElement.getAttribute("data-root") || "" });
  var filters = {}, seq = 0, timer = null;

  function say(msg) { if (status) status.textContent = msg; }

  function renderFacets(facets) {
    if (!facetBox) return;
    facetBox.textContent = "";
    Object.keys(T.facetNames).forEach(function (name) {
      var values = facets[name] || [];
      var chosen = filters[name] || [];
      if (!values.length && !chosen.length) return;
      if (values.length < 2 && !chosen.length) return;
      var fs = el("fieldset", "search-facet");
      fs.appendChild(el("legend", null, T.facetNames[name]));
      values.slice(0, 12).forEach(function (v) {
        var id = "facet-" + name + "-" + String(v.value).replace(/[^\w-]/g, "_");
        var label = el("label");
        label.setAttribute("for", id);
        var box = el("input");
        box.type = "checkbox"; box.id = id; box.name = name; box.value = v.value;
        box.checked = chosen.indexOf(v.value) >= 0;
        box.addEventListener("change", function () {
          var cur = filters[name] || [];
          if (box.checked) cur.push(v.value); else cur = cur.filter(function (x) { return x !== v.value; });
          if (cur.length) filters[name] = cur; else delete filters[name];
          run();
        });
        label.appendChild(box);
        var text = name === "kind" ? (T.kinds[v.value] || v.value) : v.value;
        label.appendChild(document.createTextNode(" " + text + " "));
        label.appendChild(el("span", "count", "(" + v.count + ")"));
        fs.appendChild(label);
      });
      facetBox.appendChild(fs);
    });
    if (Object.keys(filters).length) {
      var clear = el("button", "search-clear", T.clear);
      clear.type = "button";
      clear.addEventListener("click", function () { filters = {}; run(); });
      facetBox.appendChild(clear);
    }
  }

  function renderResults(r, q) {
    list.textContent = "";
    r.results.forEach(function (x) {
      var li = el("li", "search-result");
      // An English result on a Swedish page (or the other way) says so, for screen readers.
      if (x.lang && x.lang !== document.documentElement.lang) li.lang = x.lang;
      var a = el("a", null, x.title);
      a.href = x.href;
      li.appendChild(a);
      li.appendChild(el("span", "search-kind", " " + (T.kinds[x.kind] || x.kind)));
      var p = el("p", "search-excerpt");
      p.innerHTML = x.excerpt; // built by the runtime: text escaped, only <mark> added
      li.appendChild(p);
      list.appendChild(li);
    });
    var n = r.total;
    var msg = n === 0 ? T.none : n === 1 ? T.one : T.many;
    msg = msg.replace("%n", n).replace("%q", q);
    // A word was found only with a typo: say which word the results are for.
    var fixes = r.corrections || [];
    if (n > 0 && fixes.length) {
      var c = q;
      fixes.forEach(function (f) {
        var at = c.toLowerCase().indexOf(f.from);
        c = at >= 0 ? c.slice(0, at) + f.to + c.slice(at + f.from.length) : c + " " + f.to;
      });
      msg = T.fixed.replace("%q", q).replace("%r", (n === 1 ? T.oneN : T.manyN).replace("%n", n)).replace("%c", c);
    }
    if (r.mode === "or" && n > 0) msg += " " + T.some.replace("%n", n);
    say(msg);
  }

  function run() {
    var q = input.value;
    var mine = ++seq;
    if (!q.trim()) { list.textContent = ""; if (facetBox) facetBox.textContent = ""; say(T.empty); return; }
    S.queryWithFacets(q, { filters: filters, limit: 20 }).then(function (r) {
      if (mine !== seq) return;
      renderResults(r, q.trim());
      renderFacets(r.facets);
    }, function () { say(T.unavailable); });
  }

  function updateURL() {
    try {
      var base = window.location.href.replace(/[?#].*$/, "");
      window.history.replaceState(null, "", base + "?q=" + encodeURIComponent(input.value));
    } catch (e) { /* file:// may refuse; the search still works */ }
  }

  form.addEventListener("submit", function (ev) { ev.preventDefault(); updateURL(); run(); });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { updateURL(); run(); }, 120);
  });

  // Arrow keys: from the box into the results and between them; Escape goes back.
  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { var l = links(); if (l.length) { ev.preventDefault(); l[0].focus(); } }
  });
  list.addEventListener("keydown", function (ev) {
    var l = links(), i = l.indexOf(document.activeElement);
    if (i < 0) return;
    if (ev.key === "ArrowDown" && i + 1 < l.length) { ev.preventDefault(); l[i + 1].focus(); }
    else if (ev.key === "ArrowUp") { ev.preventDefault(); if (i > 0) l[i - 1].focus(); else input.focus(); }
    else if (ev.key === "Escape") { ev.preventDefault(); input.focus(); }
  });

  var q0 = param("q");
  if (q0) { input.value = q0; run(); } else { say(T.empty); }
})();
