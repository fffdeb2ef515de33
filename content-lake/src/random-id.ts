import { randomBytes } from 'node:crypto'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

/**
 * A random id of letters and digits, the shape the Content Lake uses for
 * transaction ids and generated document ids (valid as both).
 */
export function randomId(length = 22): string {
  let id = ''
  while (id.length < length) {
    for (const byte of randomBytes(length)) {
      // Bytes from 248 up are dropped so that every character is equally likely (248 = 4 × 62).
      if (byte < 248 && id.length < length) id += ALPHABET[byte % 62]
    }
  }
  return id
}
