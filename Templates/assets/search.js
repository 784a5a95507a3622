/* sitegen site search (站内搜索). No framework, no server: the index is script files below
   search/ that call sitegenSearch.meta/shard/doc/docs, added with <script> elements, so the search
   works from disk (file:) and under any sub-path. On every page it sends the header's form to
   the search page (without JavaScript the form leads to the archive); on the search page it
   runs the query in ?q= and shows the results.
   Tokens must be split exactly as sitegen's SearchTokenizer splits them: a CJK character is
   one token, a run of ASCII letters and digits one lowercase word (full-width ones count as
   ASCII, at most 40 kept); spaces end a word, any other character also leaves a gap. */
(function () {
  "use strict";

  var BODY_START = 1024;
  var TITLE_LIMIT = 1000;
  var MAX_WORD = 40;
  var PAGE_SIZE = 10;
  var DIGITS = "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ-_.~!*";
  var DIGIT_VALUES = {};
  for (var d = 0; d < DIGITS.length; d++) DIGIT_VALUES[DIGITS.charAt(d)] = d;

  // ---- Loading the index ------------------------------------------------------------------

  var pending = {};
  var loaded = {};
  /** The index's version from meta.js: the other files are asked for with ?v= and it. */
  var version = "";
  var api = {
    root: "",
    /** Adds a script below the site's root; a test harness may replace this. */
    loadScript: function (path, failed) {
      var script = document.createElement("script");
      script.src = api.root + path;
      script.onerror = failed;
      document.head.appendChild(script);
    },
    meta: function (value) { settle("meta", value); },
    shard: function (number, value) { settle("s" + number, value); },
    doc: function (id, value) { documents[id] = value; },
    docs: function (number) { settle("f" + number, true); }
  };
  /** The documents loaded so far, by id; a file of documents holds several consecutive ones. */
  var documents = {};
  /** The first document of each file of documents, from meta.js. */
  var fileStarts = [];
  window.sitegenSearch = api;

  function settle(key, value) {
    var callbacks = pending[key];
    if (callbacks) {
      delete pending[key];
      callbacks.resolve(value);
    }
  }

  function load(key, path) {
    if (!loaded[key]) {
      loaded[key] = new Promise(function (resolve, reject) {
        pending[key] = { resolve: resolve };
        api.loadScript(path, function () {
          delete loaded[key];
          reject(new Error("cannot load " + path));
        });
      });
    }
    return loaded[key];
  }

  // ---- Tokens -------------------------------------------------------------------------------

  function classify(c) {
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) return String.fromCharCode(c);
    if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 0x20);
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff41 && c <= 0xff5a)) return String.fromCharCode(c - 0xfee0);
    if (c >= 0xff21 && c <= 0xff3a) return String.fromCharCode(c - 0xfee0 + 0x20);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000) return " ";
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
        (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x323af)) return "cjk";
    return "";
  }

  /** Calls emit(token, position, isCJK, from, to) for each token; from/to are string offsets. */
  function tokenize(text, position, emit) {
    var word = "", wordFrom = 0, wordTo = 0, gapped = true, offset = 0;
    function flush() {
      if (word) {
        emit(word, position, false, wordFrom, wordTo);
        position++;
        gapped = false;
        word = "";
      }
    }
    for (var ch of text) {
      var kind = classify(ch.codePointAt(0));
      if (kind === "cjk") {
        flush();
        emit(ch, position, true, offset, offset + ch.length);
        position++;
        gapped = false;
      } else if (kind === " ") {
        flush();
      } else if (kind) {
        if (!word) wordFrom = offset;
        if (word.length < MAX_WORD) word += kind;
        wordTo = offset + ch.length;
      } else {
        flush();
        if (!gapped) { position++; gapped = true; }
      }
      offset += ch.length;
    }
    flush();
  }

  function hash(token) {
    var bytes = new TextEncoder().encode(token);
    var h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
    return h >>> 0;
  }

  /** A query's phrases (split at spaces), each with its tokens and the terms to look up. */
  function parse(query) {
    var phrases = [];
    query.split(/[\s\u3000]+/).forEach(function (part) {
      var tokens = [];
      tokenize(part, 0, function (token, position, cjk) { tokens.push({ token: token, rel: position, cjk: cjk }); });
      if (!tokens.length) return;
      var terms = [];
      if (tokens.length === 1 && tokens[0].cjk) {
        terms.push({ token: tokens[0].token, character: true });
      } else {
        var i = 0;
        while (i < tokens.length) {
          if (!tokens[i].cjk) { terms.push({ token: tokens[i].token, offset: tokens[i].rel }); i++; continue; }
          var j = i;
          while (j + 1 < tokens.length && tokens[j + 1].cjk && tokens[j + 1].rel === tokens[j].rel + 1) j++;
          var run = tokens.slice(i, j + 1);
          if (run.length === 1) {
            terms.push({ token: run[0].token, character: true });
          } else {
            for (var k = 0; k + 1 < run.length; k += 2) terms.push({ token: run[k].token + run[k + 1].token, offset: run[k].rel });
            if (run.length % 2 === 1) terms.push({ token: run[run.length - 2].token + run[run.length - 1].token, offset: run[run.length - 2].rel });
          }
          i = j + 1;
        }
      }
      phrases.push({ tokens: tokens, terms: terms, span: tokens[tokens.length - 1].rel + 1 });
    });
    return phrases;
  }

  // ---- Postings -----------------------------------------------------------------------------

  function numbers(data) {
    var out = [], value = 0, shift = 0;
    for (var i = 0; i < data.length; i++) {
      var digit = DIGIT_VALUES[data.charAt(i)];
      if (digit >= 32) { value += (digit - 32) * Math.pow(2, shift); shift += 5; }
      else { out.push(value + digit * Math.pow(2, shift)); value = 0; shift = 0; }
    }
    return out;
  }

  /** doc id → {count, title} for a character; doc id → positions for a pair or word. */
  function decode(data, character) {
    var map = new Map();
    if (!data) return map;
    var n = numbers(data), i = 0, doc = -1;
    while (i < n.length) {
      doc += n[i++] + 1;
      if (character) {
        map.set(doc, { count: n[i] >> 1, title: (n[i] & 1) === 1 });
        i++;
      } else {
        var count = n[i++], positions = new Array(count), last = -1;
        for (var p = 0; p < count; p++) { last += n[i++] + 1; positions[p] = last; }
        map.set(doc, positions);
      }
    }
    return map;
  }

  /** doc id → {title, count} for the documents that hold the phrase. */
  function match(phrase, postings) {
    var result = new Map();
    var located = phrase.terms.filter(function (t) { return !t.character; });
    var characters = phrase.terms.filter(function (t) { return t.character; });
    var charMaps = characters.map(function (t) { return postings(t, true); });
    if (!located.length) {
      charMaps[0].forEach(function (entry, doc) {
        if (charMaps.every(function (m) { return m.has(doc); })) result.set(doc, { title: entry.title, count: entry.count });
      });
      return result;
    }
    var maps = located.map(function (t) { return postings(t, false); });
    maps[0].forEach(function (positions, doc) {
      if (!charMaps.every(function (m) { return m.has(doc); })) return;
      var starts = positions.map(function (p) { return p - located[0].offset; });
      for (var t = 1; t < located.length && starts.length; t++) {
        var other = maps[t].get(doc);
        if (!other) { starts = []; break; }
        var set = new Set(other), offset = located[t].offset;
        starts = starts.filter(function (s) { return set.has(s + offset); });
      }
      if (starts.length) result.set(doc, { title: starts[0] < BODY_START, count: starts.length });
    });
    return result;
  }

  /** Runs a query; resolves to {phrases, results: [{id, title, count}]}, best first. */
  api.search = function (query) {
    var phrases = parse(query);
    if (!phrases.length) return Promise.resolve({ phrases: phrases, results: [] });
    return load("meta", "search/meta.js?t=" + Date.now()).then(function (meta) {
      if (version !== meta.version) {
        fileStarts = [];
        var sizes = numbers(meta.files || ""), first = 0;
        for (var f = 0; f < sizes.length; f++) { fileStarts.push(first); first += sizes[f]; }
      }
      version = meta.version;
      var needed = {};
      phrases.forEach(function (phrase) {
        phrase.terms.forEach(function (term) { term.shard = hash(term.token) % meta.shards; needed[term.shard] = true; });
      });
      return Promise.all(Object.keys(needed).map(function (n) {
        return load("s" + n, "search/s/" + n + ".js?v=" + version).then(function (data) { return [n, data]; });
      })).then(function (pairs) {
        var shards = {};
        pairs.forEach(function (pair) { shards[pair[0]] = pair[1]; });
        var cache = {};
        function postings(term, character) {
          var key = (character ? "c:" : "p:") + term.token;
          if (!cache[key]) cache[key] = decode(shards[term.shard][term.token], character);
          return cache[key];
        }
        var combined = null;
        phrases.forEach(function (phrase) {
          var found = match(phrase, postings);
          if (combined === null) {
            combined = new Map();
            found.forEach(function (hit, doc) { combined.set(doc, { id: doc, titleHits: hit.title ? 1 : 0, count: hit.count }); });
          } else {
            combined.forEach(function (entry, doc) {
              var hit = found.get(doc);
              if (!hit) { combined.delete(doc); return; }
              entry.titleHits += hit.title ? 1 : 0;
              entry.count += hit.count;
            });
          }
        });
        var results = Array.from(combined.values());
        results.sort(function (a, b) { return (b.titleHits - a.titleHits) || (b.count - a.count) || (b.id - a.id); });
        return { phrases: phrases, results: results };
      });
    });
  };

  /** Loads one result's document: {t: title, u: link from the root, k: kind, d: date, x: text}. */
  api.document = function (id) {
    var low = 0, high = fileStarts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (fileStarts[middle] <= id) low = middle; else high = middle - 1;
    }
    return load("f" + low, "search/f/" + low + ".js?v=" + version).then(function () { return documents[id]; });
  };

  // ---- Snippets -----------------------------------------------------------------------------

  /** The [from, to) ranges of `text` where a phrase occurs (tokens counted from `start`). */
  function ranges(text, start, phrases) {
    var byPosition = new Map();
    tokenize(text, start, function (token, position, cjk, from, to) {
      if (start === 0 && position >= TITLE_LIMIT) return;
      byPosition.set(position, { token: token, from: from, to: to });
    });
    var out = [];
    phrases.forEach(function (phrase) {
      var first = phrase.tokens[0];
      byPosition.forEach(function (entry, position) {
        if (entry.token !== first.token) return;
        var last = entry;
        for (var i = 1; i < phrase.tokens.length; i++) {
          var other = byPosition.get(position + phrase.tokens[i].rel - first.rel);
          if (!other || other.token !== phrase.tokens[i].token) return;
          last = other;
        }
        out.push([entry.from, last.to]);
      });
    });
    out.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    out.forEach(function (r) {
      var top = merged[merged.length - 1];
      if (top && r[0] <= top[1]) top[1] = Math.max(top[1], r[1]); else merged.push([r[0], r[1]]);
    });
    return merged;
  }

  /** Appends `text` [from, to) to `parent`, the parts inside `marks` as <mark>, as text nodes. */
  function appendMarked(parent, text, from, to, marks) {
    var at = from;
    marks.forEach(function (r) {
      var a = Math.max(r[0], from), b = Math.min(r[1], to);
      if (a >= b || a < at) return;
      parent.appendChild(document.createTextNode(text.slice(at, a)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(a, b);
      parent.appendChild(mark);
      at = b;
    });
    parent.appendChild(document.createTextNode(text.slice(at, to)));
  }

  function snippetBounds(text, marks) {
    var before = 30, length = 120;
    var from = marks.length ? Math.max(0, marks[0][0] - before) : 0;
    var to = Math.min(text.length, from + length);
    // Never split a surrogate pair.
    if (from > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(from))) from--;
    if (to < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(to))) to++;
    return [from, to];
  }

  // ---- The page -----------------------------------------------------------------------------

  function showResults(page, query) {
    var status = page.querySelector(".search-status");
    var list = page.querySelector(".search-results");
    status.textContent = page.getAttribute("data-searching");
    api.search(query).then(function (found) {
      var results = found.results;
      list.textContent = "";
      status.textContent = results.length ? page.getAttribute("data-found").replace("{count}", String(results.length)) : page.getAttribute("data-none");
      var shown = 0;
      var more = document.createElement("button");
      more.type = "button";
      more.className = "search-more";
      more.textContent = page.getAttribute("data-more");
      function showMore() {
        more.disabled = true;
        var batch = results.slice(shown, shown + PAGE_SIZE);
        shown += batch.length;
        return Promise.all(batch.map(function (r) { return api.document(r.id); })).then(function (docs) {
          docs.forEach(function (doc) { list.appendChild(item(doc, found.phrases)); });
          more.disabled = false;
          if (shown >= results.length && more.parentNode) more.parentNode.removeChild(more);
        });
      }
      more.addEventListener("click", showMore);
      return showMore().then(function () {
        if (shown < results.length) list.parentNode.insertBefore(more, list.nextSibling);
      });
    }).catch(function () {
      status.textContent = page.getAttribute("data-unavailable");
    });
  }

  function item(doc, phrases) {
    var li = document.createElement("li");
    li.className = "search-result";
    var link = document.createElement("a");
    link.className = "search-result-title";
    link.href = api.root + doc.u;
    appendMarked(link, doc.t, 0, doc.t.length, ranges(doc.t, 0, phrases));
    li.appendChild(link);
    var meta = document.createElement("p");
    meta.className = "search-result-meta";
    meta.textContent = doc.d ? doc.k + " · " + doc.d : doc.k;
    li.appendChild(meta);
    if (doc.x) {
      var marks = ranges(doc.x, BODY_START, phrases);
      var bounds = snippetBounds(doc.x, marks);
      var snippet = document.createElement("p");
      snippet.className = "search-result-snippet";
      if (bounds[0] > 0) snippet.appendChild(document.createTextNode("…"));
      appendMarked(snippet, doc.x, bounds[0], bounds[1], marks);
      if (bounds[1] < doc.x.length) snippet.appendChild(document.createTextNode("…"));
      li.appendChild(snippet);
    }
    return li;
  }

  function start() {
    var forms = document.querySelectorAll("form.site-search[data-search]");
    for (var i = 0; i < forms.length; i++) forms[i].setAttribute("action", forms[i].getAttribute("data-search"));
    var page = document.getElementById("search-page");
    if (!page) return;
    api.root = page.getAttribute("data-root") || "";
    var query = new URLSearchParams(window.location.search).get("q") || "";
    var inputs = document.querySelectorAll("input[name=q]");
    for (var j = 0; j < inputs.length; j++) inputs[j].value = query;
    if (query.trim()) showResults(page, query);
  }

  if (typeof document !== "undefined") {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
  }
})();
