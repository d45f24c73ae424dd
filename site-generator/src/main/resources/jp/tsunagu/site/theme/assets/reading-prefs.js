/* Tsunagu reading aids, first part: loaded without defer in <head>, so the text size and colours the reader
   chose (saved by reading.js in localStorage, never in cookies) apply before the page is first drawn. */
(function () {
  try {
    var root = document.documentElement, theme = localStorage.getItem('tsunagu-theme'),
      size = localStorage.getItem('tsunagu-text-size');
    if (/^(light|dark|contrast)$/.test(theme)) { root.setAttribute('data-theme', theme); }
    if (/^(large|x-large)$/.test(size)) { root.setAttribute('data-text-size', size); }
  } catch (e) { /* storage blocked: the page follows the system's settings */ }
}());
