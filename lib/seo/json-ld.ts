/**
 * Serialises structured data for an inline <script type="application/ld+json">.
 * Every "<", ">" and "&" becomes a JSON unicode escape, so no content (a title
 * holding "</script>" or "<!--") can end the element or change how the HTML
 * parser reads it; U+2028/U+2029 are escaped for older JavaScript parsers.
 * next-seo's JsonLdScript escapes only "</script" and comment markers, which
 * is why the site renders its own script element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
