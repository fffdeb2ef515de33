/**
 * How long the search box waits after a keystroke before searching. Every
 * prefix Pagefind searches fetches the index chunks it needs (a one-letter
 * prefix spans several), so searching at each key cost a reader typing a
 * word several times the bytes of the word itself. 200 ms is longer than the
 * gap between keys of someone typing steadily (about 170 ms at 70 words a
 * minute), short enough to feel like a response to the pause.
 */
export const TYPING_PAUSE_MS = 200

/**
 * Whether a change to the search box is a whole query entered at once (a
 * paste, a drop, autocomplete, dictation, clearing the box) rather than one
 * key of a query being typed: a keystroke adds or removes one character. A
 * whole query is searched at once, as there is nothing more to wait for.
 */
export function enteredAtOnce(previous: string, next: string): boolean {
  return Math.abs(next.length - previous.length) !== 1 || next.trim() === ''
}
