const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Text as text inside HTML or XML markup the site writes by hand (the sitemap,
 * the search index's pages): every markup character becomes an entity. The
 * numeric &#39; is read the same by HTML and XML parsers.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string)
}
