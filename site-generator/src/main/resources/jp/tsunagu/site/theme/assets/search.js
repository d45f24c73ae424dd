/* Tsunagu site search: a plain script over the static index in search/ (see jp.tsunagu.site.index.SearchFormat).
   Folding, runs, grams, romaji, synonyms and ranking mirror jp.tsunagu.site.index (Fold, Romaji, Synonyms,
   QueryPlan, SiteSearcher); the shared test vectors check both. Loaded by the search page only; header.js points the header's form here. */
(function () {
  'use strict';
  var RUN = /[\p{L}\p{N}\p{M}]+/gu;
  var WORD_BOOST = 2;
  var MAX_RUNS = 8;
  var TABLE = ROMAJI_TABLE;
  var SYLLABLES = {};
  TABLE.split(' ').forEach(function (s, i, all) { if (i % 2 === 0) { SYLLABLES[s] = all[i + 1]; } });

  function fold(text) {
    return text.normalize('NFKC').toLowerCase().replace(/[\u30a1-\u30f6]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0x60);
    });
  }
  var O_ROW = 'おこごそぞとどのほぼぽもよろをぉょ', LONG = 'āīūēōâîûêô';
  // Kana that sound alike made one, as Fold.sound: づ → ず, ぢ → じ, お/う/ー after an お-段 kana → う.
  function sound(kana) {
    var out = '';
    for (var i = 0; i < kana.length; i++) {
      var c = kana[i];
      if (c === 'づ') { c = 'ず'; } else if (c === 'ぢ') { c = 'じ'; } else if ('おうー'.indexOf(c) >= 0 && i > 0 && O_ROW.indexOf(out[i - 1]) >= 0) { c = 'う'; }
      out += c;
    }
    return out;
  }
  function runs(folded) { return folded.match(RUN) || []; }
  function grams(run, min) {
    var cps = Array.from(run), out = [];
    for (var i = 0; i < cps.length; i++) {
      if (min <= 1) { out.push(cps[i]); }
      if (i + 1 < cps.length) { out.push(cps[i] + cps[i + 1]); }
    }
    return out;
  }
  function ngrams(run, n) {
    var cps = Array.from(run), out = [];
    for (var i = 0; i + n <= cps.length; i++) { out.push(cps.slice(i, i + n).join('')); }
    return out;
  }
  function scriptOf(c) {
    return /[\u3041-\u309f\u30fc]/.test(c) ? 0 : /[\u30a0-\u30ff]/.test(c) ? 1 : /[a-z0-9]/.test(c) ? 2 : 3;
  }
  function scripts(run) {
    var out = [], piece = '', previous = -1;
    Array.from(run).forEach(function (c) {
      var k = scriptOf(c);
      if (previous >= 0 && k !== previous) { out.push(piece); piece = ''; }
      piece += c;
      previous = k;
    });
    if (piece) { out.push(piece); }
    return out;
  }
  function isKana(run) { return /^[\u3041-\u3096\u309d\u309e\u30fc]+$/.test(run); }
  function toKana(typed) {
    var run = typed.replace(/[āīūēōâîûêô]/g, function (c) {
      var v = 'aiueo'[LONG.indexOf(c) % 5];
      return v + (v === 'o' ? 'u' : v);
    }).replace(/oh(?![aiueoy])/g, 'ou');
    if (!/^[a-z]+$/.test(run)) { return null; }
    var out = '', i = 0;
    while (i < run.length) {
      var c = run[i], next = run[i + 1] || '';
      if (c === 'n' && next === 'n') {
        var after = run[i + 2] || '';
        out += 'ん';
        i += after && 'aiueoy'.indexOf(after) >= 0 ? 1 : 2;
        continue;
      }
      if (c === 'n' && (!next || 'aiueoy'.indexOf(next) < 0)) { out += 'ん'; i += 1; continue; }
      if ((c === next && 'aiueon'.indexOf(c) < 0) || (c === 't' && next === 'c')) { out += 'っ'; i += 1; continue; }
      var len = Math.min(4, run.length - i), kana = null;
      for (; len > 0; len--) {
        kana = SYLLABLES[run.substr(i, len)];
        if (kana) { break; }
      }
      if (!kana) { return null; }
      out += kana;
      i += len;
    }
    return out;
  }
  function unique(list) { return list.filter(function (x, i) { return list.indexOf(x) === i; }); }
  function length(s) { return Array.from(s).length; }
  function prefix(field, list) { return unique(list.map(function (g) { return field + g; })); }
  function alternatives(run) {
    var n = length(run), alts = [prefix('t', n === 1 ? [run] : ngrams(run, 2))];
    if (isKana(run) && n >= 2) { alts.push(prefix('r', ngrams(sound(run), Math.min(3, n)))); }
    return alts;
  }
  // The groups of index.json's "synonyms" as a map from each word to the other words of its groups (Synonyms).
  function synonymMap(groups) {
    var map = new Map();
    (groups || []).forEach(function (g) {
      g.forEach(function (w) {
        var others = map.get(w) || [];
        g.forEach(function (o) { if (o !== w && others.indexOf(o) < 0) { others.push(o); } });
        map.set(w, others);
      });
    });
    return map;
  }
  // A word's alternatives: a run's, or for a word of several runs ("open data") one of all their text keys.
  function own(word) {
    var rs = word.split(' ');
    return rs.length === 1 ? alternatives(word) : [unique([].concat.apply([], rs.map(function (r) { return alternatives(r)[0]; })))];
  }
  // One run's alternatives with those of the other words of its groups; the romaji and pieces are added by part.
  function runPart(run, others) {
    var alts = [], seen = [];
    [run].concat(others).forEach(function (w) {
      own(w).forEach(function (a) { if (seen.indexOf(String(a)) < 0) { seen.push(String(a)); alts.push(a); } });
    });
    return { run: run, alts: alts, word: 'w' + (isKana(run) ? sound(run) : run), romaji: null, pieces: [], others: others };
  }
  function part(run, synonyms) {
    var p = runPart(run, synonyms.get(run) || []), kana = toKana(run);
    if (kana) { p.romaji = runPart(kana, synonyms.get(kana) || []); }
    return p;
  }
  // Runs that together are a word of several runs are joined, the longest first, as Synonyms.join.
  function join(list, synonyms) {
    var out = [], longest = 1;
    synonyms.forEach(function (o, w) { longest = Math.max(longest, w.split(' ').length); });
    var i = 0;
    while (i < list.length) {
      var n = 1;
      for (var k = Math.min(longest, list.length - i); k >= 2; k--) {
        if (synonyms.has(list.slice(i, i + k).join(' '))) { n = k; break; }
      }
      out.push(list.slice(i, i + n).join(' '));
      i += n;
    }
    return out;
  }
  function plan(query, groups) {
    var synonyms = synonymMap(groups);
    return unique(join(runs(fold(query)), synonyms)).slice(0, MAX_RUNS).map(function (run) {
      var p = part(run, synonyms), s = scripts(run);
      if (s.length > 1 && run.indexOf(' ') < 0) { p.pieces = s.map(function (piece) { return part(piece, synonyms); }); }
      return p;
    });
  }
  function keys(parts) {
    var out = [];
    function add(p) {
      p.alts.forEach(function (a) { out = out.concat(a); });
      out.push(p.word);
      if (p.romaji) { add(p.romaji); }
      p.pieces.forEach(add);
    }
    parts.forEach(add);
    return unique(out);
  }
  function compareKeys(a, b) {
    var x = Array.from(a), y = Array.from(b);
    for (var i = 0; i < x.length && i < y.length; i++) {
      var d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) { return d; }
    }
    return x.length - y.length;
  }
  function readShard(buffer, table) {
    var bytes = new Uint8Array(buffer), at = 0, entries = new Map(), utf8 = new TextDecoder();
    function varint() {
      var v = 0, shift = 0, b;
      do { b = bytes[at++]; v += (b & 0x7f) * Math.pow(2, shift); shift += 7; } while (b & 0x80);
      return v;
    }
    function string() { var n = varint(); var s = utf8.decode(bytes.subarray(at, at + n)); at += n; return s; }
    while (at < bytes.length) {
      var key = string(), count = varint(), pages = new Int32Array(count), weights = new Int32Array(count), p = 0, i, v;
      for (i = 0; i < count; i++) { v = varint(); p += Math.floor(v / 32); pages[i] = p; weights[i] = table[v % 32]; }
      var spellings = [];
      if (key[0] === 'w') { for (i = varint(); i > 0; i--) { spellings.push(string()); } }
      entries.set(key, { pages: pages, weights: weights, spellings: spellings });
    }
    return entries;
  }
  function find(pages, page) {
    var lo = 0, hi = pages.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >>> 1;
      if (pages[mid] === page) { return mid; }
      if (pages[mid] < page) { lo = mid + 1; } else { hi = mid - 1; }
    }
    return -1;
  }
  function match(p, postings) {
    var best = new Map();
    p.alts.forEach(function (alt) {
      var lists = alt.map(function (k) { return postings.get(k); });
      if (lists.some(function (l) { return !l; })) { return; }
      var shortest = lists.reduce(function (a, b) { return b.pages.length < a.pages.length ? b : a; });
      shortest.pages.forEach(function (page) {
        var sum = 0;
        for (var j = 0; j < lists.length; j++) {
          var i = find(lists[j].pages, page);
          if (i < 0) { return; }
          sum += lists[j].weights[i];
        }
        if (!best.has(page) || best.get(page) < sum) { best.set(page, sum); }
      });
    });
    var w = postings.get(p.word);
    if (w) {
      w.pages.forEach(function (page, i) { if (best.has(page)) { best.set(page, best.get(page) + WORD_BOOST * w.weights[i]); } });
    }
    return best;
  }
  function all(parts, postings) {
    var total = null;
    parts.forEach(function (p) {
      var scores = matchPart(p, postings);
      if (!total) { total = scores; return; }
      var both = new Map();
      total.forEach(function (s, page) { if (scores.has(page)) { both.set(page, s + scores.get(page)); } });
      total = both;
    });
    return total || new Map();
  }
  function matchPart(p, postings) {
    var scores = match(p, postings);
    if (!scores.size && p.romaji) { scores = matchPart(p.romaji, postings); }
    if (!scores.size && p.pieces.length) { scores = all(p.pieces, postings); }
    return scores;
  }
  /** Ranks pages for a plan, given the postings of its keys: [{page, score}], best first, ties by page. */
  function rank(parts, postings) {
    var hits = [];
    all(parts, postings).forEach(function (score, page) { hits.push({ page: page, score: score }); });
    return hits.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
  }
  var core = { fold: fold, sound: sound, runs: runs, grams: grams, ngrams: ngrams, scripts: scripts, isKana: isKana, toKana: toKana, plan: plan, keys: keys,
    compareKeys: compareKeys, readShard: readShard, rank: rank };

  if (typeof module === 'object' && module.exports) { module.exports = core; return; }

  // ---- the index over HTTP ----
  var script = document.currentScript;
  var root = new URL('../', script ? script.src : location.href).href;
  var toc = null, shards = new Map();
  function get(path, type) {
    return fetch(root + path).then(function (r) {
      if (!r.ok) { throw new Error(path + ': ' + r.status); }
      return r[type]();
    });
  }
  function index() {
    if (!toc) { toc = get('search/index.json', 'json'); }
    return toc;
  }
  function shardOf(first, key) {
    var lo = 0, hi = first.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >>> 1;
      if (compareKeys(first[mid], key) <= 0) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }
  function fetchKeys(t, wanted, postings) {
    var needed = new Set();
    wanted.forEach(function (k) { var s = shardOf(t.shards, k); if (s >= 0) { needed.add(s); } });
    return Promise.all(Array.from(needed).map(function (s) {
      if (!shards.has(s)) { shards.set(s, get('search/s/' + s + '.bin?v=' + t.version, 'arrayBuffer')
        .then(function (b) { return readShard(b, t.weights); })); }
      return shards.get(s);
    })).then(function (loaded) {
      loaded.forEach(function (entries) {
        wanted.forEach(function (k) { if (entries.has(k)) { postings.set(k, entries.get(k)); } });
      });
      return postings;
    });
  }
  function search(query) {
    var parts, t;
    return index().then(function (toc) {
      t = toc;
      parts = plan(query, toc.synonyms);
      var primary = keys(parts.map(function (p) { return { alts: p.alts, word: p.word, romaji: null, pieces: [] }; }));
      return fetchKeys(t, primary, new Map());
    }).then(function (postings) {
      var more = [];
      parts.forEach(function (p) {
        if (!match(p, postings).size) { more = more.concat(keys([].concat(p.romaji || [], p.pieces))); }
      });
      return more.length ? fetchKeys(t, unique(more), postings) : postings;
    }).then(function (postings) {
      var needles = [];
      (function collect(list) {
        list.forEach(function (q) {
          if (!q) { return; }
          needles = needles.concat(q.run, q.others.join(' ').split(' '));
          var w = postings.get(q.word);
          if (w) { needles = needles.concat(w.spellings); }
          collect([q.romaji].concat(q.pieces));
        });
      })(parts);
      return { hits: rank(parts, postings), needles: unique(needles), version: t.version };
    });
  }
  function doc(n, version) { return get('search/d/' + n + '.json?v=' + version, 'json'); }

  // ---- snippets ----
  function snippet(text, needles) {
    var folded = '', at = [], chars = Array.from(text), offset = 0;
    chars.forEach(function (ch) {
      var f = fold(ch);
      for (var k = 0; k < f.length; k++) { at.push(offset); }
      folded += f;
      offset += ch.length;
    });
    at.push(offset);
    needles = needles.filter(Boolean).sort(function (a, b) { return b.length - a.length; });
    var first = -1;
    needles.some(function (n) { first = folded.indexOf(n); return first >= 0; });
    var start = first < 0 ? 0 : Math.max(0, at[first] - 30), end = Math.min(text.length, start + 110);
    var marks = [];
    needles.forEach(function (n) {
      for (var i = folded.indexOf(n); i >= 0; i = folded.indexOf(n, i + 1)) {
        var s = at[i], e = at[i + n.length];
        if (s >= start && e <= end) { marks.push([s, e]); }
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var frag = document.createDocumentFragment(), pos = start;
    if (start > 0) { frag.append('…'); }
    marks.forEach(function (m) {
      if (m[0] < pos) { return; }
      frag.append(text.slice(pos, m[0]));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(m[0], m[1]);
      frag.append(mark);
      pos = m[1];
    });
    frag.append(text.slice(pos, end).replace(/\n/g, ' '));
    if (end < text.length) { frag.append('…'); }
    return frag;
  }

  // ---- the page ----
  var results = document.getElementById('search-results');
  if (!results) { return; }
  var form = document.getElementById('search-form'), input = document.getElementById('search-q');
  var status = document.getElementById('search-status'), more = document.getElementById('search-more');
  var PAGE = 10, current = null, shown = 0, composing = false, timer = 0, announced = '', serial = 0;
  document.getElementById('search-nojs').hidden = true;

  function announce(text) {
    if (text !== announced) { announced = text; status.textContent = text; }
  }
  function show(count, focus) {
    var batch = current.hits.slice(shown, shown + count), version = current.version, mine = serial;
    shown += batch.length;
    more.hidden = shown >= current.hits.length;
    return Promise.all(batch.map(function (h) { return doc(h.page, version); })).then(function (docs) {
      if (mine !== serial) { return; }
      docs.forEach(function (d, i) {
        var li = document.createElement('li'), h = document.createElement('h2'), a = document.createElement('a');
        // On a furigana page (x.furigana.html) results lead to furigana pages too.
        a.href = root + (/\.furigana\.html$/.test(location.pathname) ? d.u.replace(/\.html$/, '.furigana.html') : d.u);
        a.textContent = d.t;
        h.append(a);
        li.append(h);
        if (d.b.length) {
          var crumbs = document.createElement('p');
          crumbs.className = 'search-crumbs';
          crumbs.textContent = d.b.concat(d.t).join(' › ');
          li.append(crumbs);
        }
        var p = document.createElement('p');
        p.className = 'search-snippet';
        p.append(snippet(d.x, current.needles));
        li.append(p);
        results.append(li);
        if (focus && i === 0) { a.focus(); }
      });
    });
  }
  function run(query, announceNow) {
    var mine = ++serial;
    clearTimeout(timer);
    query = query.trim();
    results.textContent = '';
    results.hidden = true;
    more.hidden = true;
    shown = 0;
    if (!query) { announce(''); return Promise.resolve(); }
    return search(query).then(function (found) {
      if (mine !== serial) { return; }
      current = found;
      results.hidden = !found.hits.length;
      var text = found.hits.length ? '「' + query + '」の検索結果：' + found.hits.length + '件'
        : '「' + query + '」に一致するページは見つかりませんでした。別の言葉や、ひらがなでも試してください。';
      if (announceNow) { announce(text); } else { timer = setTimeout(function () { announce(text); }, 1000); }
      return show(PAGE, false);
    }).catch(function () {
      if (mine === serial) { announce('検索の準備ができませんでした。さくいん（五十音順）から探してください。'); }
    });
  }
  function address(query, push) {
    var url = location.pathname + (query ? '?q=' + encodeURIComponent(query) : '');
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    address(input.value.trim(), true);
    run(input.value, true);
  });
  input.addEventListener('compositionstart', function () { composing = true; });
  input.addEventListener('compositionend', function () { composing = false; live(); });
  input.addEventListener('input', function (e) { if (!composing && !e.isComposing) { live(); } });
  function live() {
    clearTimeout(timer);
    timer = setTimeout(function () { address(input.value.trim(), false); run(input.value, false); }, 300);
  }
  more.addEventListener('click', function () { show(PAGE, true); });
  window.addEventListener('popstate', start);
  function start() {
    var q = new URLSearchParams(location.search).get('q') || '';
    input.value = q;
    return run(q, true);
  }
  window.tsunaguSearch = { search: search, core: core, ready: start() };
})();
