/**
 * The webmail's light or dark theme, read from computed colours (the approach of InboxSDK's
 * track-gmail-styles.ts, webmail.md §3): neither Gmail nor Outlook exposes a theme flag we can
 * rely on, and a Gmail theme may darken the frame while the message area stays light.
 */
export type Theme = 'light' | 'dark';

/** Parses "rgb(r, g, b)" / "rgba(r, g, b, a)" as computed styles give them, and #rgb / #rrggbb. */
export function parseCssColour(value: string): { r: number; g: number; b: number; a: number } | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (hex?.[1]) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join('') : hex[1];
    return { r: Number.parseInt(digits.slice(0, 2), 16), g: Number.parseInt(digits.slice(2, 4), 16), b: Number.parseInt(digits.slice(4, 6), 16), a: 1 };
  }
  const match = /^rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!match) return undefined;
  const alphaText = match[4];
  const a = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a };
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * The theme from the first sample with an opaque background; the samples go from the most
 * specific (the message area) to the most general (body, root). Light when nothing is painted.
 */
export function detectTheme(samples: readonly (Element | null)[]): Theme {
  for (const element of samples) {
    if (!element) continue;
    const view = element.ownerDocument.defaultView;
    const colour = parseCssColour(view?.getComputedStyle(element).backgroundColor ?? '');
    if (!colour || colour.a < 0.5) continue;
    return relativeLuminance(colour) < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}
