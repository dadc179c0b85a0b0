// PatternFly 6.4 names ClipboardCopy's copy button with `copyAriaLabel`. PatternFly 6.2, which the
// 4.20/4.21 build bundles (those consoles ship 6.2 styles and share no PatternFly), has no such
// prop: it names the button with `hoverTip` and would pass `copyAriaLabel` on to the DOM. The
// build defines PATTERNFLY_COPY_ARIA_LABEL per target; tests run on the root 6.4 install.
declare const PATTERNFLY_COPY_ARIA_LABEL: boolean | undefined;

const supported =
  typeof PATTERNFLY_COPY_ARIA_LABEL === 'undefined' ? true : PATTERNFLY_COPY_ARIA_LABEL;

/** Props that give ClipboardCopy's copy button `label` as its accessible name, on either line. */
export const copyButtonLabel = (label: string): { copyAriaLabel: string } | { hoverTip: string } =>
  supported ? { copyAriaLabel: label } : { hoverTip: label };
