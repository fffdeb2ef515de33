/** About how much of an article's detail a hub shows for each article: two lines on a phone. */
export const EXCERPT_LENGTH = 160

/**
 * `text` cut to at most `max` characters at a word boundary, with an ellipsis
 * when anything was cut. Trailing punctuation before the cut goes, so the
 * excerpt never reads "pain,…"; a single word longer than `max` is cut inside.
 */
export function shorten(text: string, max = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const room = clean.slice(0, max) // the ellipsis takes the place of the space before the next word
  const boundary = room.lastIndexOf(' ')
  const cut = boundary > 0 ? room.slice(0, boundary) : clean.slice(0, max - 1)
  return `${cut.replace(/[\s,;:.!?–—-]+$/u, '')}…`
}
