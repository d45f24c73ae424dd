/* The header's folds (layout.ftlh): where site.css shows what they hold without their controls (wide screens), they
   are opened as well, so that what is shown is open to assistive technology and tools too; once the controls show
   again (a narrower window), they close. Without this script the page works the same. */
(function () {
  'use strict';
  var folds = document.querySelectorAll('.site-header details.fold');
  if (!folds.length) { return; }
  var summary = folds[0].querySelector('summary'), wide = null;
  function apply() {
    var now = getComputedStyle(summary).display === 'none';
    if (now === wide) { return; }
    wide = now;
    folds.forEach(function (fold) {
      /* Their shared name lets one be open at a time; wide, all are. */
      if (wide) { fold.removeAttribute('name'); fold.open = true; } else { fold.open = false; fold.setAttribute('name', 'site-header'); }
    });
  }
  apply();
  window.addEventListener('resize', apply);
}());
