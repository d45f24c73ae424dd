/* The header's folds, open on wide screens (see layout.ftlh). */
(function () {
  var folds = document.querySelectorAll('.site-header .fold'), summary = folds.length && folds[0].firstElementChild, wide;
  function fit() {
    var now = getComputedStyle(summary).display === 'none';
    if (now !== wide) { wide = now; folds.forEach(function (fold) { fold.open = now; }); }
  }
  if (summary) { fit(); addEventListener('resize', fit); }
}());
