/** The compose panel's styles, inside its shadow root (light and dark; WCAG AA contrast on both). */
export const composeCss = `
.bn-compose { --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d0d7de; --hard: #b42318; --hard-bg: #fef3f2;
  --soft: #8a4b00; --soft-bg: #fff6e5; --accent: #0b57d0; --accent-fg: #ffffff; --focus: #0b57d0;
  position: fixed; z-index: 2147483000; box-sizing: border-box; overflow: auto; font: 13px/1.5 system-ui, 'Noto Sans JP', 'IPAPGothic', sans-serif;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 10px 12px; }
.bn-compose.bn-theme-dark { --bg: #1f2227; --fg: #e6e8eb; --muted: #a4acb6; --line: #3a3f47; --hard: #ff8a80; --hard-bg: #3a2220;
  --soft: #ffc56b; --soft-bg: #3a2f1b; --accent: #8ab4f8; --accent-fg: #10131a; --focus: #8ab4f8; }
.bn-compose h2 { font-size: 14px; margin: 0 0 4px; }
.bn-compose p { margin: 4px 0; }
.bn-compose ul { list-style: none; margin: 6px 0 0; padding: 0; }
.bn-compose li { border-left: 4px solid var(--hard); background: var(--hard-bg); border-radius: 6px; padding: 6px 8px; margin: 0 0 6px; }
.bn-compose li[data-kind="soft"] { border-left-color: var(--soft); background: var(--soft-bg); }
.bn-compose .bn-address { font-weight: 600; overflow-wrap: anywhere; }
.bn-compose .bn-count { color: var(--muted); }
.bn-compose .bn-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.bn-compose button { font: inherit; border-radius: 6px; padding: 3px 10px; cursor: pointer; border: 1px solid var(--line); background: var(--bg); color: var(--fg); }
.bn-compose button.bn-primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.bn-compose button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.bn-compose [role="alertdialog"] { border-top: 1px solid var(--line); margin-top: 8px; padding-top: 8px; }
`;
