/**
 * vis-timeline has one stylesheet for everything it can draw. The timeline here never shows vis's
 * configurator, its Graph2d charts, the current or a custom time line, or the handles and delete
 * buttons of editable items (see BASE_OPTIONS in src/timeline/useVisTimeline.ts). Their rules are two
 * fifths of the sheet (9.2 KB, 1.6 KiB gzip) in the first screen: this PostCSS plugin drops them.
 */
const UNUSED =
  /\.vis-(?:config|configuration|graph-group\d*|legend|data-axis|y-axis|fill|bar|outline|icon-fill|current-time|custom-time|delete|drag-left|drag-right|drag-center)\b/;

/** The part of a PostCSS rule that the plugin reads and changes. */
interface Rule {
  selectors: string[];
  source?: { input?: { file?: string } };
  remove(): void;
}

export function unusedVisStyles(): { postcssPlugin: string; Rule: (rule: Rule) => void } {
  return {
    postcssPlugin: 'unused-vis-styles',
    Rule(rule) {
      if (!rule.source?.input?.file?.includes('vis-timeline')) return;
      const used = rule.selectors.filter((selector) => !UNUSED.test(selector));
      if (used.length === 0) rule.remove();
      else if (used.length < rule.selectors.length) rule.selectors = used;
    },
  };
}
