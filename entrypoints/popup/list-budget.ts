import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Chromium and Firefox both cap an extension popup at 600 px high (Chrome's chrome.action
 * popup docs; MDN "Popups"): past it the whole popup scrolls, guide and footer included.
 */
export const POPUP_MAX_HEIGHT = 600;
/** Before the popup has been measured (the first layout), and never less than one tall row. */
const FIRST_GUESS = 360;
const MIN_LIST_HEIGHT = 120;

/**
 * The height the tracked list may take: the popup's cap less everything else in it (header,
 * warning, filters, guide, footer), measured before the first paint and again whenever the
 * popup's content changes size (the guide opened, a warning shown). `main` holds the list,
 * found by its class `.bn-vlist` (components/VirtualList.tsx).
 */
export function useListBudget(main: RefObject<HTMLElement | null>): number {
  const [budget, setBudget] = useState(FIRST_GUESS);
  useLayoutEffect(() => {
    const element = main.current;
    if (!element) return;
    const measure = (): void => {
      const whole = element.offsetHeight;
      if (whole <= 0) return; // no layout: keep the guess
      const list = element.querySelector<HTMLElement>('.bn-vlist');
      const others = whole - (list?.offsetHeight ?? 0);
      const next = Math.max(MIN_LIST_HEIGHT, POPUP_MAX_HEIGHT - others);
      setBudget((previous) => (previous === next ? previous : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [main]);
  return budget;
}
