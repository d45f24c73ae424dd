// Put before axe-core when it is installed in a page (SiteAuditor.withKeptGeometry, SiteAudit). Two of axe's geometry
// functions, changed to call this one: getVisibleChildTextRects (the boxes of an element's text, which axe memoises
// within a run) and getRectStack (the elements under each of those boxes, read from axe's grid), keyed by element.
// axe-run.js sets window.__tsunaguGeometry to an object of kept values in the first mode of a load and, in a later
// mode, to the same object only when the page renders as in the first mode (same DOM, boxes, sizes and the
// non-colour properties axe reads) at the same scroll position; otherwise to null, and then this runs axe's own code.
// Neither function reads a colour: their values in a later mode that renders as the first are the first mode's.
// A stack is handed out as new arrays each time, as axe made them (its caller reorders them).
var __tsunaguKeep = function (name, key, compute) {
  var kept = window.__tsunaguGeometry;
  if (!kept || !key) return compute();
  var node = key.actualNode || key;
  var values = kept[name] || (kept[name] = new Map());
  if (!values.has(node)) values.set(node, compute());
  var value = values.get(node);
  return name === 'stacks' ? value.map(function (stack) { return stack.slice(); }) : value;
};
