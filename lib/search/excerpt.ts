const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' }

/** A run of an excerpt's text, and whether it is one of the words that matched. */
export interface ExcerptPart {
  text: string
  marked: boolean
}

/**
 * Pagefind returns an excerpt as HTML with the matched words in <mark>. The
 * search API sends it on as text and marks only, never as HTML, so nothing
 * an editor wrote can become markup on the search page.
 */
export function excerptParts(html: string): ExcerptPart[] {
  return html
    .split(/(<mark>|<\/mark>)/)
    .reduce<{ parts: ExcerptPart[]; marked: boolean }>(
      (state, piece) => {
        if (piece === '<mark>') return { ...state, marked: true }
        if (piece === '</mark>') return { ...state, marked: false }
        const text = piece.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] as string)
        return text ? { ...state, parts: [...state.parts, { text, marked: state.marked }] } : state
      },
      { parts: [], marked: false },
    ).parts
}
