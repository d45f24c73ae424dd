// Runs axe-core in one display mode of a loaded page: WebDriver's executeAsyncScript with arguments tags (the axe tags),
// features (the mode's CSS media features, checked here), first (true in the page's first mode on this load) and
// styleRules (the rules that read colours). Shared by SiteAuditor and the test suite's SiteAudit.
//
// In a later mode only the media features differ, so the page's DOM and, usually, everything rendered but colours is
// as in the first mode. What axe reads besides colours is recorded before each run: for every element its boxes
// (document coordinates), its sizes (offset, client, scroll) and the computed properties axe reads other than colours
// (RENDERED below). When that record and the DOM (a MutationObserver since the first mode) are unchanged, a rule
// that reads no colour cannot find anything it did not find in the first mode, and only styleRules run; otherwise
// every rule of the tags runs again. Returns {type, title, media, rules ('all' or 'style'), geometry (true when the
// first mode's text boxes and stacks were used), version, violations, passes, incomplete} or {…, error}.
const [tags, features, first, styleRules] = arguments;
const done = arguments[arguments.length - 1];
// The display mode was switched on the loaded page: colours must not be measured halfway through a transition.
document.getAnimations().forEach(a => { if (a instanceof CSSTransition) a.finish(); });
const state = {type: document.contentType, title: document.title,
    media: Object.entries(features).filter(([name, value]) => !matchMedia('(' + name + ': ' + value + ')').matches)
        .map(([name, value]) => name + ': ' + value)};
if (typeof window.axe !== 'object') { done(Object.assign(state, {error: 'axe is not installed'})); return; }
// Every computed property axe 4.11 reads by name (getPropertyValue) except those only the styleRules read: colours,
// background images, text shadow and decoration, generated content, font family (AuditRenderingTests keeps the two
// lists in step with axe's source).
const RENDERED = ['-ms-transform', '-webkit-mask', '-webkit-mask-border', '-webkit-mask-image', '-webkit-overflow-scrolling',
    '-webkit-text-stroke-width', '-webkit-transform', 'clip', 'clip-path', 'contain', 'content-visibility', 'direction',
    'display', 'filter', 'float', 'font-size', 'font-style', 'font-weight', 'height', 'isolation', 'mask', 'mask-border',
    'mask-image', 'mix-blend-mode', 'opacity', 'overflow', 'overflow-x', 'overflow-y', 'perspective', 'pointer-events',
    'position', 'text-indent', 'transform', 'visibility', 'white-space', 'width', 'will-change', 'z-index'];
const rendered = () => {
  const parts = [innerWidth, innerHeight, document.documentElement.clientWidth];
  for (const el of document.querySelectorAll('*')) {
    const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    parts.push(el.getClientRects().length, r.left + scrollX, r.top + scrollY, r.width, r.height, el.offsetWidth,
        el.offsetHeight, el.clientWidth, el.clientHeight, el.scrollWidth, el.scrollHeight);
    for (const p of RENDERED) parts.push(s.getPropertyValue(p));
  }
  return parts.join('\u0001');
};
// The text boxes and stacks that axe-kept-geometry.js keeps: filled in the first mode; used in a later mode only
// when the page renders as in the first and is scrolled as it was there, before and after the first mode's run.
let same = false, geometry = null;
const scrolled = () => scrollX + ' ' + scrollY;
if (first) {
  const observer = new MutationObserver(() => { });
  observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  window.__tsunaguRendered = {record: rendered(), observer: observer, changed: false, scrolled: scrolled(), geometry: {}};
  geometry = window.__tsunaguRendered.geometry;
} else if (window.__tsunaguRendered) {
  const earlier = window.__tsunaguRendered;
  earlier.changed = earlier.changed || earlier.observer.takeRecords().length > 0;
  same = !earlier.changed && earlier.record === rendered();
  geometry = same && earlier.keptGeometry && earlier.scrolled === scrolled() ? earlier.geometry : null;
}
window.__tsunaguGeometry = geometry;
const ran = () => {
  window.__tsunaguGeometry = null;
  if (first) window.__tsunaguRendered.keptGeometry = window.__tsunaguRendered.scrolled === scrolled();
};
// Only violations need their nodes (the rest: the rules' tags), so axe builds no selector for any other node.
axe.run(document, {runOnly: same ? {type: 'rule', values: styleRules} : {type: 'tag', values: tags}, resultTypes: ['violations']})
  .then(result => { ran(); done(Object.assign(state, {rules: same ? 'style' : 'all', version: axe.version,
      geometry: geometry !== null && !first,
      violations: result.violations.map(rule => ({id: rule.id, impact: String(rule.impact), help: rule.help,
          tags: rule.tags, targets: rule.nodes.map(node => node.target.join(' '))})),
      passes: result.passes.map(rule => rule.tags),
      incomplete: result.incomplete.map(rule => rule.tags)})); })
  .catch(error => { ran(); done(Object.assign(state, {error: String(error)})); });
