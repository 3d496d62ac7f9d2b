/* PilotHub stemmers: Snowball 3.x Swedish and English (Porter2), written from the
 * algorithm descriptions at snowballstem.org. Browser global `PilotHubStemmers`,
 * and `module.exports` under Node. stem(word, lang) expects a lowercased word. */
(function (root) {
  "use strict";

  // ---------------------------------------------------------------- Swedish
  var SV_VOWELS = "aeiouyäåö";
  function svVowel(c) { return c !== undefined && SV_VOWELS.indexOf(c) >= 0; }
  var SV_STEP1A = ["a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are",
    "aste", "en", "anden", "aren", "heten", "ern", "ar", "er", "heter", "or", "as", "arnas",
    "ernas", "ornas", "es", "ades", "andes", "ens", "arens", "hetens", "erns", "at", "andet",
    "het", "ast"];
  // All step 1 suffixes, longest first, so the first match is the longest.
  var SV_STEP1 = SV_STEP1A.concat(["s", "et"]).sort(function (a, b) { return b.length - a.length; });
  var SV_ET_BAD = ["h", "iet", "uit", "fab", "cit", "dit", "alit", "ilit", "mit", "nit", "pit",
    "rit", "sit", "tit", "ivit", "kvit", "xit", "kom", "rak", "pak", "stak"];
  var SV_STEP3 = ["fullt", "lig", "öst", "els", "ig"];

  function endsAt(w, end, suf) {
    return end >= suf.length && w.substring(end - suf.length, end) === suf;
  }
  // A valid et-ending: the text before "et" ends letter + vowel + non-vowel and has none of
  // SV_ET_BAD as a suffix.
  function svValidEt(w, end) {
    if (end < 3) return false;
    if (svVowel(w[end - 1]) || !svVowel(w[end - 2])) return false;
    for (var i = 0; i < SV_ET_BAD.length; i++) if (endsAt(w, end, SV_ET_BAD[i])) return false;
    return true;
  }

  function stemSwedish(w) {
    var n = w.length;
    if (n < 3) return w;
    var p1 = n, i = 1;
    while (i < n && !(svVowel(w[i - 1]) && !svVowel(w[i]))) i++;
    if (i < n) p1 = i + 1;
    if (p1 < 3) p1 = 3;
    // Step 1
    for (var k = 0; k < SV_STEP1.length; k++) {
      var s = SV_STEP1[k];
      if (n - s.length < p1 || !endsAt(w, n, s)) continue;
      if (s === "s") {
        if (endsAt(w, n - 1, "et") && svValidEt(w, n - 3)) w = w.substring(0, n - 3);
        else if ("bcdfghjklmnoprtvy".indexOf(w[n - 2]) >= 0 && n >= 2) w = w.substring(0, n - 1);
      } else if (s === "et") {
        if (svValidEt(w, n - 2)) w = w.substring(0, n - 2);
      } else {
        w = w.substring(0, n - s.length);
      }
      break;
    }
    // Step 2
    n = w.length;
    if (n - 2 >= p1) {
      var e2 = w.substring(n - 2);
      if (e2 === "dd" || e2 === "gd" || e2 === "nn" || e2 === "dt" || e2 === "gt" || e2 === "kt" || e2 === "tt") {
        w = w.substring(0, n - 1);
      }
    }
    // Step 3
    n = w.length;
    for (k = 0; k < SV_STEP3.length; k++) {
      s = SV_STEP3[k];
      if (n - s.length < p1 || !endsAt(w, n, s)) continue;
      if (s === "fullt") w = w.substring(0, n - 1);
      else if (s === "öst") { if ("iklnprtuv".indexOf(w[n - 4]) >= 0 && n >= 4) w = w.substring(0, n - 1); }
      else w = w.substring(0, n - s.length);
      break;
    }
    return w;
  }

  // ---------------------------------------------------------------- English
  function enVowel(c) { return c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || c === "y"; }
  var EN_EXCEPTIONS = {
    skis: "ski", skies: "sky", idly: "idl", gently: "gentl", ugly: "ugli", early: "earli",
    only: "onli", singly: "singl", sky: "sky", news: "news", howe: "howe", atlas: "atlas",
    cosmos: "cosmos", bias: "bias", andes: "andes"
  };
  var EN_R1_PREFIXES = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];
  var EN_DOUBLES = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];
  var EN_STEP2 = [
    ["ization", "ize"], ["ational", "ate"], ["fulness", "ful"], ["ousness", "ous"], ["iveness", "ive"],
    ["tional", "tion"], ["biliti", "ble"], ["lessli", "less"], ["entli", "ent"], ["ation", "ate"],
    ["alism", "al"], ["aliti", "al"], ["ousli", "ous"], ["iviti", "ive"], ["fulli", "ful"], ["ogist", "og"],
    ["enci", "ence"], ["anci", "ance"], ["abli", "able"], ["izer", "ize"], ["ator", "ate"], ["alli", "al"],
    ["bli", "ble"], ["ogi", "og"], ["li", ""]
  ];
  var EN_STEP3 = [["ational", "ate"], ["tional", "tion"], ["alize", "al"], ["icate", "ic"], ["iciti", "ic"],
    ["ative", ""], ["ical", "ic"], ["ness", ""], ["ful", ""]];
  var EN_STEP4 = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti",
    "ous", "ive", "ize", "ion", "al", "er", "ic"];

  // Is w a vowel at i, treating a marked Y as a consonant?
  function isV(w, i) { return enVowel(w[i]); }
  // Does w[0..<end] end with a short syllable?
  function endsShortSyllable(w, end) {
    if (end === 2) return isV(w, 0) && !isV(w, 1);
    if (end === 4 && w.substring(0, 4) === "past") return true;
    if (end < 3) return false;
    var c = w[end - 1];
    return !isV(w, end - 1) && c !== "w" && c !== "x" && c !== "Y" && isV(w, end - 2) && !isV(w, end - 3);
  }
  function hasVowel(w, from, to) {
    for (var i = from; i < to; i++) if (isV(w, i)) return true;
    return false;
  }

  function stemEnglish(word) {
    if (Object.prototype.hasOwnProperty.call(EN_EXCEPTIONS, word)) return EN_EXCEPTIONS[word];
    if (word.length < 3) return word;
    var w = word;
    if (w[0] === "'") w = w.substring(1);
    // Mark consonant y as Y.
    var chars = w.split("");
    for (var i = 0; i < chars.length; i++) {
      if (chars[i] === "y" && (i === 0 || enVowel(chars[i - 1]))) chars[i] = "Y";
    }
    w = chars.join("");
    var n = w.length;
    // Regions.
    var p1 = -1, p2 = n, k;
    for (k = 0; k < EN_R1_PREFIXES.length; k++) {
      if (w.substring(0, EN_R1_PREFIXES[k].length) === EN_R1_PREFIXES[k]) { p1 = EN_R1_PREFIXES[k].length; break; }
    }
    if (p1 < 0) {
      p1 = n;
      for (i = 1; i < n; i++) if (isV(w, i - 1) && !isV(w, i)) { p1 = i + 1; break; }
    }
    for (i = p1 + 1; i < n; i++) if (isV(w, i - 1) && !isV(w, i)) { p2 = i + 1; break; }
    if (p2 > n) p2 = n;

    // Step 0
    if (endsAt(w, n, "'s'")) w = w.substring(0, n - 3);
    else if (endsAt(w, n, "'s")) w = w.substring(0, n - 2);
    else if (endsAt(w, n, "'")) w = w.substring(0, n - 1);
    n = w.length;

    // Step 1a
    if (endsAt(w, n, "sses")) w = w.substring(0, n - 2);
    else if (endsAt(w, n, "ied") || endsAt(w, n, "ies")) w = w.substring(0, n - 3) + (n > 4 ? "i" : "ie");
    else if (endsAt(w, n, "us") || endsAt(w, n, "ss")) { /* keep */ }
    else if (endsAt(w, n, "s")) { if (hasVowel(w, 0, n - 2)) w = w.substring(0, n - 1); }
    n = w.length;

    // Step 1b
    var go1c = true;
    var sfx = null;
    var list1b = ["eedly", "ingly", "edly", "eed", "ing", "ed"];
    for (k = 0; k < list1b.length; k++) if (endsAt(w, n, list1b[k])) { sfx = list1b[k]; break; }
    if (sfx === "eed" || sfx === "eedly") {
      var beforeE = w.substring(0, n - sfx.length);
      if (n - sfx.length >= p1 && beforeE !== "proc" && beforeE !== "exc" && beforeE !== "succ") {
        w = w.substring(0, n - sfx.length + 2);
      }
    } else if (sfx !== null) {
      var base = w.substring(0, n - sfx.length);
      var special = false;
      if (sfx === "ing") {
        if (base.length === 2 && base[1] === "y" && !isV(base, 0)) { w = base[0] + "ie"; special = true; }
        else if (base === "inn" || base === "out" || base === "cann" || base === "herr" || base === "earr" || base === "even") special = true;
      }
      if (!special && hasVowel(base, 0, base.length)) {
        w = base;
        var m = w.length;
        if (endsAt(w, m, "at") || endsAt(w, m, "bl") || endsAt(w, m, "iz")) w += "e";
        else if (m >= 2 && EN_DOUBLES.indexOf(w.substring(m - 2)) >= 0) {
          if (!(m === 3 && "aeo".indexOf(w[0]) >= 0)) w = w.substring(0, m - 1);
        } else if (p1 >= m && endsShortSyllable(w, m)) w += "e";
      }
    }
    n = w.length;

    // Step 1c
    if (go1c && n > 2 && (w[n - 1] === "y" || w[n - 1] === "Y") && !isV(w, n - 2)) {
      w = w.substring(0, n - 1) + "i";
    }

    // Step 2
    n = w.length;
    for (k = 0; k < EN_STEP2.length; k++) {
      var s2 = EN_STEP2[k][0];
      if (!endsAt(w, n, s2)) continue;
      if (n - s2.length >= p1) {
        var before = n - s2.length;
        if (s2 === "ogi") { if (w[before - 1] === "l") w = w.substring(0, before) + "og"; }
        else if (s2 === "li") { if ("cdeghkmnrt".indexOf(w[before - 1]) >= 0 && before > 0) w = w.substring(0, before); }
        else w = w.substring(0, before) + EN_STEP2[k][1];
      }
      break;
    }

    // Step 3
    n = w.length;
    for (k = 0; k < EN_STEP3.length; k++) {
      var s3 = EN_STEP3[k][0];
      if (!endsAt(w, n, s3)) continue;
      if (n - s3.length >= p1) {
        if (s3 === "ative") { if (n - s3.length >= p2) w = w.substring(0, n - 5); }
        else w = w.substring(0, n - s3.length) + EN_STEP3[k][1];
      }
      break;
    }

    // Step 4
    n = w.length;
    for (k = 0; k < EN_STEP4.length; k++) {
      var s4 = EN_STEP4[k];
      if (!endsAt(w, n, s4)) continue;
      if (n - s4.length >= p2) {
        if (s4 === "ion") { if (w[n - 4] === "s" || w[n - 4] === "t") w = w.substring(0, n - 3); }
        else w = w.substring(0, n - s4.length);
      }
      break;
    }

    // Step 5
    n = w.length;
    if (w[n - 1] === "e") {
      if (n - 1 >= p2 || (n - 1 >= p1 && !endsShortSyllable(w, n - 1))) w = w.substring(0, n - 1);
    } else if (w[n - 1] === "l") {
      if (n - 1 >= p2 && w[n - 2] === "l") w = w.substring(0, n - 1);
    }
    return w.replace(/Y/g, "y");
  }

  var api = {
    /** The Snowball stem of a lowercased word; lang "sv" (default) or "en". */
    stem: function (word, lang) {
      if (typeof word !== "string" || word.length === 0) return "";
      return lang === "en" ? stemEnglish(word) : stemSwedish(word);
    },
    swedish: stemSwedish,
    english: stemEnglish
  };
  root.PilotHubStemmers = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof globalThis !== "undefined" ? globalThis : this);
