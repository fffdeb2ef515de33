import { encodeSignatureHeader } from '@sanity/webhook'
import { isPublishedId } from './ids.ts'
import type { Transaction } from './types.ts'

/**
 * Optional: after a transaction that changes a published document, POST a
 * Sanity-style signed webhook per document, so the site can revalidate. Sent
 * after the transaction is acknowledged; a failed delivery is logged, never
 * retried, and never affects the transaction.
 */

export interface WebhookConfig {
  url: string
  secret: string
}

export interface WebhookBody {
  _id: string
  _type: string
  slug: string | null
  operation: 'create' | 'update' | 'delete'
}

export function webhookBodies(transaction: Transaction): WebhookBody[] {
  return transaction.changes
    .filter((change) => isPublishedId(change.id))
    .map(({ id, before, after }) => {
      const doc = (after ?? before)!
      const slug = (doc.slug as { current?: unknown } | undefined)?.current
      return {
        _id: id,
        _type: doc._type,
        slug: typeof slug === 'string' ? slug : null,
        operation: !before ? 'create' : !after ? 'delete' : 'update',
      }
    })
}

export async function deliverWebhooks(
  config: WebhookConfig,
  transaction: Transaction,
  dataset: string,
  send: typeof fetch = fetch,
): Promise<void> {
  for (const body of webhookBodies(transaction)) {
    const payload = JSON.stringify(body)
    try {
      const signature = await encodeSignatureHeader(payload, Date.now(), config.secret)
      const response = await send(config.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'sanity-webhook-signature': signature,
          'sanity-transaction-id': transaction.transactionId,
          'sanity-document-id': body._id,
          'sanity-operation': body.operation,
          'sanity-dataset': dataset,
          'idempotency-key': `${transaction.transactionId}#${body._id}`,
        },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      })
      if (!response.ok) console.error(`content-lake: webhook ${config.url} answered ${response.status} for ${body._id}`)
    } catch (error) {
      console.error(`content-lake: webhook ${config.url} failed for ${body._id}: ${(error as Error).message}`)
    }
  }
}
