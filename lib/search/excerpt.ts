const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' }

/**
 * Pagefind returns an excerpt as HTML with the matched words in <mark>. It is
 * rendered here as text and <mark> elements only, never as HTML, so nothing
 * an editor wrote can become markup on the search page.
 */
export function excerptParts(html: string): { text: string; marked: boolean }[] {
  return html
    .split(/(<mark>|<\/mark>)/)
    .reduce<{ parts: { text: string; marked: boolean }[]; marked: boolean }>(
      (state, piece) => {
        if (piece === '<mark>') return { ...state, marked: true }
        if (piece === '</mark>') return { ...state, marked: false }
        const text = piece.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] as string)
        return text ? { ...state, parts: [...state.parts, { text, marked: state.marked }] } : state
      },
      { parts: [], marked: false },
    ).parts
}
