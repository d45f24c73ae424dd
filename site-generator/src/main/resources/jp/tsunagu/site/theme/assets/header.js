/* The header: its search form goes to search.html (without JavaScript, to sakuin.html), its folds open on wide
   screens (see layout.ftlh). */
(function () {
  document.querySelectorAll('form[data-search]').forEach(function (form) { form.action = form.getAttribute('data-search'); });
  var folds = document.querySelectorAll('.site-header .fold'), summary = folds.length && folds[0].firstElementChild, wide;
  function fit() {
    var now = getComputedStyle(summary).display === 'none';
    if (now !== wide) { wide = now; folds.forEach(function (fold) { fold.open = now; }); }
  }
  if (summary) { fit(); addEventListener('resize', fit); }
}());
