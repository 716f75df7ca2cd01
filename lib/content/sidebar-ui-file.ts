/** Where the build puts the sidebar UI bundle (modules/sidebar-ui.ts), relative to the extension root. */
export const SIDEBAR_UI_FILE = 'content-scripts/sidebar-ui.js';
