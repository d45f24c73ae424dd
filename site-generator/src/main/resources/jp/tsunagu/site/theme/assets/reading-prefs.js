/* Reading aids, part 1 (no defer, in <head>): applies the saved text size and colours before the first paint. */
(function () {
  try {
    var d = document.documentElement, t = localStorage.getItem('tsunagu-theme'), s = localStorage.getItem('tsunagu-text-size');
    if (/^(light|dark|contrast)$/.test(t)) { d.setAttribute('data-theme', t); }
    if (/^(large|x-large)$/.test(s)) { d.setAttribute('data-text-size', s); }
    if (localStorage.getItem('tsunagu-speech-rate') === 'slow') { d.setAttribute('data-speech-rate', 'slow'); }
  } catch (e) { /* no storage: follow the system */ }
}());
