// Opened from the disk (file://), a link to a folder shows the folder, not its page: web
// builds link to folders (methods/x/) as servers expect. So on file:// every link to a
// folder of this site, also those the search adds later, gets its index.html. Offline
// bundles (pilothub bundle) already link to index.html and need none of this.
(function () {
  "use strict";
  if (location.protocol !== "file:") return;
  function fix(a) {
    var href = a.getAttribute("href");
    if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#") return;
    var cut = href.search(/[?#]/);
    var path = cut === -1 ? href : href.slice(0, cut);
    var rest = cut === -1 ? "" : href.slice(cut);
    if (path === "" || path.charAt(path.length - 1) !== "/") {
      if (path === "." || path === "..") path += "/"; else return;
    }
    a.setAttribute("href", path + "index.html" + rest);
  }
  function fixAll() { Array.prototype.forEach.call(document.querySelectorAll("a[href]"), fix); }
  document.addEventListener("click", function (e) {
    var a = e.target && e.target.closest ? e.target.closest("a[href]") : null;
    if (a) fix(a);
  }, true);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fixAll); else fixAll();
})();

// PilotHub listing filters: narrows the list of documents by the data attributes each
// row carries (data-format, data-level, data-region, data-sector, data-tags). Without
// JavaScript the form stays hidden and the page is the complete list.
(function () {
  "use strict";
  var form = document.getElementById("ph-filters");
  var list = document.getElementById("ph-list");
  if (!form || !list) return;
  var status = document.getElementById("ph-filter-status");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var items = Array.prototype.slice.call(list.querySelectorAll("li.doc-item"));
  var total = items.length;
  var lang = document.documentElement.lang === "en" ? "en" : "sv";
  var words = lang === "en" ? { showing: "Showing", of: "of" } : { showing: "Visar", of: "av" };

  function values(item, key) {
    var v = item.getAttribute("data-" + key);
    return v ? v.split("|") : [];
  }

  function apply(updateURL) {
    var active = selects.filter(function (s) { return s.value !== ""; });
    var shown = 0;
    items.forEach(function (item) {
      var ok = active.every(function (s) { return values(item, s.getAttribute("data-filter")).indexOf(s.value) !== -1; });
      item.hidden = !ok;
      if (ok) shown++;
    });
    if (status) status.textContent = active.length ? words.showing + " " + shown + " " + words.of + " " + total : "";
    if (updateURL && window.history && window.history.replaceState && location.protocol !== "file:") {
      var params = new URLSearchParams();
      active.forEach(function (s) { params.set(s.getAttribute("data-filter"), s.value); });
      var q = params.toString();
      window.history.replaceState(null, "", q ? "?" + q : location.pathname);
    }
  }

  // Start from the query string (?region=Skåne), so filtered lists can be linked to.
  var params = new URLSearchParams(location.search);
  selects.forEach(function (s) {
    var v = params.get(s.getAttribute("data-filter"));
    if (v !== null && Array.prototype.some.call(s.options, function (o) { return o.value === v; })) s.value = v;
    s.addEventListener("change", function () { apply(true); });
  });
  form.addEventListener("reset", function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply(false);
})();
