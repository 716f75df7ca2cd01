// Escaping for the fixture page generators: everything a fixture shows as text goes through
// `text`, exactly as a webmail escapes a mail's text before showing it.
const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: markup in a (hostile) fixture stays visible text. */
export const text = (value) => String(value).replace(/[&<>"']/g, (c) => entities[c]);
