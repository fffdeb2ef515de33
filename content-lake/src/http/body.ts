import type { IncomingMessage } from 'node:http'
import { badRequest, LakeError } from '../errors.ts'

/**
 * Request bodies, bounded: a declared Content-Length over the limit is
 * refused before reading a byte, and a body that grows past it while
 * streaming is refused as soon as it does.
 */

export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024

export const tooLarge = (limit: number) =>
  new LakeError(413, 'requestEntityTooLargeError', `Request body is larger than the local Content Lake's limit of ${limit} bytes`, { limit })

export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(limit))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) {
        chunks.push(chunk)
        return
      }
      // Stop reading but keep the socket: the 413 still has to go out (respond.ts closes it after).
      req.off('data', onData)
      req.pause()
      reject(tooLarge(limit))
    }
    req.on('data', onData)
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const text = await readBody(req, limit)
  try {
    return JSON.parse(text)
  } catch (error) {
    throw badRequest(`Request body is not valid JSON: ${(error as Error).message}`, 'invalidJsonError')
  }
}
