/** Escaping for the kit's HTML files, which are written as text at build time. */
export function esc(text: string | number): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON safe inside a <script> data block: no "</script" and no "<!--" can appear. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The start of a kit page up to <body>: offline by policy (nothing may be fetched; the icon is inline so
 * the browser does not ask for favicon.ico), with the page's one style sheet.
 */
export function pageStart(options: { lang: string; title: string; csp: string; css: string }): string {
  return `<!doctype html>
<html lang="${esc(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${options.csp}">
<meta name="referrer" content="no-referrer">
<title>${esc(options.title)}</title>
<link rel="icon" href="data:,">
<style>${options.css}</style>
</head>
<body>
`;
}
