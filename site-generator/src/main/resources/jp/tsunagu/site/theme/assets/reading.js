/* Reading aids, part 2 (reading-tools.ftlh): shows the hidden controls; text size and colours saved in localStorage;
   read-aloud with the Web Speech API one sentence at a time (Chrome stops long utterances after about 15 s). */
(function () {
  'use strict';
  var root = document.documentElement;
  var ENDS = /[。！？!?．]/, CLOSES = /[。！？!?．.」』）)"'’”]/, WORD = /[\p{L}\p{N}]/u;
  var BLOCKS = 'p,li,dt,dd,h1,h2,h3,h4,h5,h6,th,td,caption,figcaption,blockquote,pre,summary,div,section,article,main';
  var SKIP = 'rt,rp,script,style,template,noscript,svg,[hidden],[aria-hidden="true"]';

  /* Sentences end at 。！？!? (closing marks included) or a full stop before a space or the end: 3.5 stays whole. */
  function split(text) {
    var out = [], start = 0, i, j;
    function push(a, b) {
      while (a < b && /\s/.test(text[a])) { a++; }
      while (b > a && /\s/.test(text[b - 1])) { b--; }
      if (WORD.test(text.slice(a, b))) { out.push({ text: text.slice(a, b).replace(/\s+/g, ' '), start: a, end: b }); }
    }
    for (i = 0; i < text.length; i++) {
      if (ENDS.test(text[i]) || (text[i] === '.' && (i + 1 === text.length || /\s/.test(text[i + 1])))) {
        for (j = i + 1; j < text.length && CLOSES.test(text[j]); j++) { /* closing marks */ }
        push(start, j);
        start = j;
        i = j - 1;
      }
    }
    push(start, text.length);
    return out;
  }

  /* Sentences as seen: no ruby text, hidden parts or pictures; a block (a heading too) ends a sentence. */
  function sentences(element) {
    var out = [], block = null, text = '', nodes = [], node;
    var walker = document.createTreeWalker(element, 5, { acceptNode: function (n) {
      return n.nodeType === 3 ? 1 : n.matches(SKIP) || !n.getClientRects().length ? 2 : 3;
    } });
    function at(offset, end) {
      for (var k = nodes.length - 1; k > 0; k--) {
        if (end ? nodes[k].at < offset : nodes[k].at <= offset) { break; }
      }
      return [nodes[k].node, offset - nodes[k].at];
    }
    function flush() {
      split(text).forEach(function (s) {
        var range = document.createRange(), a = at(s.start, false), b = at(s.end, true);
        range.setStart(a[0], a[1]);
        range.setEnd(b[0], b[1]);
        out.push({ text: s.text, range: range, block: block });
      });
      text = '';
      nodes = [];
    }
    while ((node = walker.nextNode())) {
      var b = node.parentElement.closest(BLOCKS);
      if (b !== block) { flush(); block = b; }
      nodes.push({ node: node, at: text.length });
      text += node.data;
    }
    flush();
    return out;
  }

  window.tsunaguReading = { split: split, sentences: sentences };

  var tools = document.querySelector('.reading-tools');
  if (!tools) { return; }

  function store(key, value) {
    try { if (value) { localStorage.setItem(key, value); } else { localStorage.removeItem(key); } } catch (e) { /* not kept */ }
  }
  function choice(attribute, key) {
    var buttons = tools.querySelectorAll('[data-set-' + attribute + ']');
    function mark() {
      var now = root.getAttribute('data-' + attribute) || '';
      buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-set-' + attribute) === now)); });
    }
    buttons.forEach(function (b) {
      b.addEventListener('click', function () {
        var value = b.getAttribute('data-set-' + attribute);
        if (value) { root.setAttribute('data-' + attribute, value); } else { root.removeAttribute('data-' + attribute); }
        store(key, value);
        mark();
      });
    });
    mark();
  }
  choice('text-size', 'tsunagu-text-size');
  choice('theme', 'tsunagu-theme');
  choice('speech-rate', 'tsunagu-speech-rate');
  tools.hidden = false;

  /* For print: each link's public address (from the canonical link), decoded. */
  var canonical = document.querySelector('link[rel=canonical]');
  document.querySelectorAll('main a[href]:not([href^="#"])').forEach(function (a) {
    try { a.setAttribute('data-print-url', decodeURI(new URL(a.getAttribute('href'), canonical ? canonical.href : location.href).href)); } catch (e) { /* as written */ }
  });

  var synth = window.speechSynthesis, speech = tools.querySelector('.reading-speech');
  if (!synth || !window.SpeechSynthesisUtterance || !speech) { return; }
  var play = speech.querySelector('.reading-play'), stopButton = speech.querySelector('.reading-stop');
  var main = document.querySelector('main'), state = 'idle', list = [], index = 0, turn = 0, current = null;
  var motion = window.matchMedia('(prefers-reduced-motion: reduce)'), said = {}, loading;

  /* The site's readings (SpeechPage), fetched on the first play. */
  function load() {
    var n = (document.querySelector('link[rel=canonical]') || location).href.split('/').pop();
    return loading || (loading = /^ja\b/i.test(root.lang) ? fetch(n.replace(/html$/, 'speech.json'))
      .then(function (r) { return r.json(); }).then(function (d) { said = d || {}; }, function () {}) : Promise.resolve());
  }
  function spoken(t) {
    for (var h = 0x811c9dc5, i = 0; i < t.length; i++) { h = Math.imul(h ^ t.charCodeAt(i), 16777619); }
    return said[(h >>> 0).toString(36)] || t;
  }

  function show(s) {
    if (current) { current.classList.remove('reading-now'); current = null; }
    if (window.CSS && CSS.highlights) { CSS.highlights.delete('tsunagu-reading'); }
    if (!s) { return; }
    current = s.block;
    if (current) {
      current.classList.add('reading-now');
      current.scrollIntoView({ block: 'nearest', behavior: motion.matches ? 'auto' : 'smooth' });
    }
    if (window.CSS && CSS.highlights && window.Highlight) { CSS.highlights.set('tsunagu-reading', new Highlight(s.range)); }
  }
  function set(next) {
    state = next;
    play.textContent = play.getAttribute('data-' + (next === 'playing' ? 'pause' : next === 'paused' ? 'resume' : 'play'));
    stopButton.disabled = next === 'idle';
    speech.setAttribute('data-state', next);
  }
  function speak(i) {
    if (i >= list.length) { stop(); return; }
    var s = list[i], mine = ++turn, lang = ((s.block && s.block.closest('[lang]')) || root).getAttribute('lang') || 'ja';
    var ja = /^ja\b/i.test(lang), u = new SpeechSynthesisUtterance(ja ? spoken(s.text) : s.text);
    u.lang = ja ? 'ja-JP' : lang; /* the browser picks a voice for the language */
    u.rate = root.getAttribute('data-speech-rate') ? 0.7 : 1;
    u.onend = function () { if (mine === turn && state === 'playing') { speak(i + 1); } };
    u.onerror = function (e) { if (mine === turn && e.error !== 'interrupted' && e.error !== 'canceled') { stop(); } };
    index = i;
    show(s);
    synth.speak(u);
  }
  function stop() {
    turn++;
    synth.cancel();
    show(null);
    index = 0;
    set('idle');
  }
  play.addEventListener('click', function () {
    if (state === 'playing') {
      /* Cancel, and resume from the sentence's start: pause() fails in some browsers (Chrome on Android). */
      turn++;
      synth.cancel();
      set('paused');
    } else {
      if (state === 'idle') { list = main ? sentences(main) : []; index = 0; }
      set('playing');
      var mine = turn;
      load().then(function () { if (mine === turn) { speak(index); } });
    }
  });
  stopButton.addEventListener('click', function () { stop(); play.focus(); });
  window.addEventListener('pagehide', stop);
  set('idle');
  speech.hidden = false;
}());
