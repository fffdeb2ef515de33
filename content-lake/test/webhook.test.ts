import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { postJson, startTestLake, type TestLake } from './support/lake.ts'

interface Received {
  headers: IncomingMessage['headers']
  body: string
}

let lake: TestLake | undefined
let close: (() => void) | undefined
afterEach(async () => {
  await lake?.dispose()
  close?.()
})

async function receiver() {
  const received: Received[] = []
  const waiters: (() => void)[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      res.end('ok')
      waiters.shift()?.()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  close = () => server.close()
  const next = () => new Promise<void>((resolve) => waiters.push(resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, next }
}

describe('webhook on published changes', () => {
  it('POSTs a signed {_id, _type, slug, operation} for a published document, and nothing for a draft', async () => {
    const hook = await receiver()
    lake = await startTestLake({ webhook: { url: hook.url, secret: 'sekret' } })
    await postJson(lake.api('/data/actions/production'), {
      actions: [{ actionType: 'sanity.action.document.edit', draftId: 'drafts.region-knee', publishedId: 'region-knee', patch: { set: { name: 'K' } } }],
    })
    const delivered = hook.next()
    await postJson(lake.api('/data/actions/production'), {
      actions: [{ actionType: 'sanity.action.document.publish', draftId: 'drafts.region-knee', publishedId: 'region-knee' }],
    })
    await delivered
    expect(hook.received).toHaveLength(1)
    const [{ headers, body }] = hook.received as [Received]
    expect(JSON.parse(body)).toEqual({ _id: 'region-knee', _type: 'bodyRegion', slug: 'knee', operation: 'update' })
    expect(await isValidSignature(body, String(headers[SIGNATURE_HEADER_NAME]), 'sekret')).toBe(true)
    expect(await isValidSignature(body, String(headers[SIGNATURE_HEADER_NAME]), 'wrong')).toBe(false)
  })
})
