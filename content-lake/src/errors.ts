/**
 * Errors in the Content Lake's own shape, `{error: {type, description, ...}}`,
 * which @sanity/client turns into a readable message (and, for mutation and
 * action errors, lists each failed item). Throwing one anywhere before a
 * transaction commits means nothing was applied.
 */

export interface ErrorItem {
  error: { type: string; description: string; id?: string }
  index: number
}

export class LakeError extends Error {
  override name = 'LakeError'
  readonly status: number
  readonly type: string
  readonly items: ErrorItem[] | undefined
  readonly details: Record<string, unknown>

  constructor(status: number, type: string, description: string, details: Record<string, unknown> = {}, items?: ErrorItem[]) {
    super(description)
    this.status = status
    this.type = type
    this.details = details
    this.items = items
  }

  toBody(): { error: Record<string, unknown> } {
    return {
      error: { description: this.message, type: this.type, ...this.details, ...(this.items ? { items: this.items } : {}) },
    }
  }
}

export type Operation = 'mutation' | 'action'

/**
 * A failure of one mutation or action in a request: the Content Lake reports
 * it as `mutationError`/`actionError` with the failing item and its index.
 */
export function itemError(
  operation: Operation,
  status: number,
  index: number,
  itemType: string,
  description: string,
  id?: string,
): LakeError {
  const prefix = operation === 'mutation' ? 'The mutation(s) failed' : 'The action(s) failed'
  return new LakeError(status, `${operation}Error`, `${prefix}: ${description}`, {}, [
    { error: { type: itemType, description, ...(id ? { id } : {}) }, index },
  ])
}

export const badRequest = (description: string, type = 'validationError') => new LakeError(400, type, description)

export const notFound = (description: string) => new LakeError(404, 'notFoundError', description)
