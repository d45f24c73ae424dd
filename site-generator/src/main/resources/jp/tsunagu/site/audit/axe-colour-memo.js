// Appended to axe-core when it is installed in a page (SiteAuditor, SiteAudit). axe's color-contrast parses the same few
// CSS colour strings thousands of times on a large page (axe.commons.color.Color#parseString, through colorjs.io), and
// that parsing was 40 % of its time on the さくいん's furigana pages. The parse depends on the string alone: the first
// parse of each string runs as axe wrote it (an unparsable one still throws) and its outcome — the sRGB components
// r, g, b, which set red, green and blue, and alpha — is set again on later parses of the same string, exactly as
// parseString sets it. Left out if axe's Color lacks any of that (another axe version): the audit is then only slower.
(() => {
  const Color = window.axe && axe.commons && axe.commons.color && axe.commons.color.Color;
  if (typeof Color !== 'function' || typeof Color.prototype.parseString !== 'function') return;
  const has = name => { const d = Object.getOwnPropertyDescriptor(Color.prototype, name); return d && d.get && d.set; };
  if (!['r', 'g', 'b'].every(has)) return;
  const parse = Color.prototype.parseString, parsed = new Map();
  Color.prototype.parseString = function (text) {
    const known = parsed.get(text);
    if (known === undefined) {
      const result = parse.call(this, text);
      parsed.set(text, [this.r, this.g, this.b, this.alpha]);
      return result;
    }
    [this.r, this.g, this.b, this.alpha] = known;
    return this;
  };
})();
