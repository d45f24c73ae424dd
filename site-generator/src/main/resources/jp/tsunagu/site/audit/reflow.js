// WCAG 1.4.10 Reflow: run by WebDriver's executeScript with the viewport width as arguments[0]. With arguments[1]
// true, the text spacing of WCAG 1.4.12 is applied first as a constructed style sheet, which the pages'
// Content-Security-Policy (no inline styles) lets through as it lets a reader's own style sheet through.
// Returns {type, problems}, each problem 'rule: detail'. Shared by SiteAuditor and the test suite's SiteAudit.
const describe = el => {
  if (!el) return 'nothing';
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  else if (el.classList.length) s += '.' + [...el.classList].join('.');
  const href = el.getAttribute('href');
  if (href !== null) s += '[href="' + href + '"]';
  const text = (el.innerText || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
  if (text) s += ' "' + (text.length > 30 ? text.slice(0, 30) + '…' : text) + '"';
  return s;
};
const width = arguments[0];
if (arguments[1]) {
  const spacing = new CSSStyleSheet();
  spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
      + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
}
const root = document.documentElement;
const problems = [];
if (innerWidth !== width) problems.push('reflow-viewport: the viewport is ' + innerWidth + ' px wide, not ' + width);
if (root.scrollWidth > root.clientWidth) {
  problems.push('reflow-page-scrolls: the page scrolls sideways (scrollWidth ' + root.scrollWidth
      + ' px > clientWidth ' + root.clientWidth + ' px)');
}
const reported = new Set();
const scrolls = el => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) continue;
  let ancestor = el.parentElement, inside = null;
  while (ancestor && ancestor !== document.body) {
    if (reported.has(ancestor)) { inside = 'reported'; break; }
    if (getComputedStyle(ancestor).overflowX !== 'visible') { inside = scrolls(ancestor) ? 'scroller' : 'clip'; break; }
    ancestor = ancestor.parentElement;
  }
  if (inside === 'reported' || inside === 'scroller') continue;
  const style = getComputedStyle(el);
  if (style.position === 'absolute' && (style.clip !== 'auto' || r.bottom <= 0)) continue; // visually hidden
  if (r.right > root.clientWidth + 0.5 || r.left < -0.5) {
    reported.add(el);
    problems.push('reflow-overflow: ' + describe(el) + ' spans x = ' + Math.round(r.left) + '…'
        + Math.round(r.right) + ' px' + (inside === 'clip' ? ', cut off by overflow: hidden' : ''));
  }
}
for (const el of document.querySelectorAll('body *')) {
  if (!scrolls(el) || el.scrollWidth <= el.clientWidth) continue;
  const named = el.hasAttribute('aria-label')
      || (el.getAttribute('aria-labelledby') || '').split(/\s+/).some(id => id && document.getElementById(id));
  if (el.tabIndex < 0 || !named || !el.matches('[role=region], section, figure')) {
    problems.push('reflow-scroll-region: ' + describe(el) + ' scrolls sideways but is not a focusable, named region'
        + ' (tabindex ' + el.tabIndex + ', role ' + el.getAttribute('role') + ', named ' + named + ')');
  }
}
return {type: document.contentType, problems: problems};
