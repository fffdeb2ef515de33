import { readFileSync } from 'node:fs'

/**
 * The seed article as text fragments a reader must find on the page: every
 * sentence of the source, with list numbering and bullets removed and
 * "Name: detail" items split so the page may set the name apart.
 */
const CHROME = /^Get started/

export function seedFragments(): string[] {
  const text = readFileSync(new URL('../fixtures/seed-gluteus-medius.txt', import.meta.url), 'utf8')
  return text
    .split('\n')
    .map((line) => line.trim().replace(/^(\d+\.|•)\s+/, ''))
    .filter((line) => line && !CHROME.test(line))
    .flatMap((line) => {
      const item = /^([A-Z][A-Za-z ]{1,60}): (.+)$/.exec(line)
      return item ? [item[1]!, item[2]!] : [line]
    })
}
