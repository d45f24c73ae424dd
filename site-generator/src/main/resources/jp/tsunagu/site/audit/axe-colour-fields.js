// Replaces, in axe-core's source, the WeakMaps and the WeakSet that hold the private fields of axe's Color class
// (axe.commons.color.Color, compiled by Babel: every `new Color`, and every read or write of r, g, b, red, green, blue,
// goes through them) before axe runs; SiteAuditor.installedAxe puts this factory where the source said `new WeakMap`
// or `new WeakSet`. color-contrast creates hundreds of thousands of colours on a large page, and a WeakMap entry per
// field per colour made that constructor and the garbage collector of its ephemeron tables the largest cost of the
// audit. Each store here keeps its field on the colour itself, under a symbol of its own, not enumerable, as the
// WeakMap kept it beside the colour: has, get, set and add answer as WeakMap's and WeakSet's do for the objects Babel's
// helpers pass them (they init each field once, then read and write it), so axe computes the same colours.
() => {
  const key = Symbol('tsunagu private field');
  return {
    has: object => key in object,
    get: object => object[key],
    set(object, value) {
      if (key in object) object[key] = value;
      else Object.defineProperty(object, key, {value: value, writable: true});
      return this;
    },
    add(object) {
      if (!(key in object)) Object.defineProperty(object, key, {value: true});
      return this;
    }
  };
}
