import { evaluate, parse } from 'groq-js'
import { createSchema, validateDocument, type SanityClient, type SanityDocument, type Workspace } from 'sanity'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { schemaTypes } from '@/sanity/schemaTypes'
import { getJson, postJson, query, startTestLake, type TestLake } from './support/lake.ts'

/**
 * What the server saves is what the Studio validates: edit and publish the
 * committed seed through the actions API, then run the Studio's own
 * validateDocument on the stored result.
 */

const seedFile = fileURLToPath(new URL('../../sanity/seed/production.ndjson', import.meta.url))
const schema = createSchema({ name: 'default', types: schemaTypes })
let lake: TestLake
beforeAll(async () => {
  lake = await startTestLake({ seedFile })
})
afterAll(() => lake.dispose())

async function markers(document: SanityDocument) {
  const docs = (await query(lake, '*', '&perspective=raw')).result as SanityDocument[]
  const client = {
    fetch: async (groq: string, params: Record<string, unknown> = {}) => (await evaluate(parse(groq), { dataset: docs, params })).get(),
    withConfig: () => client,
  }
  const workspace = { schema, getClient: () => client as unknown as SanityClient } as unknown as Workspace
  return validateDocument({ document, workspace, environment: 'studio', getDocumentExists: async ({ id }) => docs.some((d) => d._id === id) })
}

describe('saved documents pass the Studio validation', () => {
  it('an edited and published symptom is valid; one with its required name removed is not', async () => {
    const edit = (patch: unknown) =>
      postJson(lake.api('/data/actions/production'), {
        actions: [{ actionType: 'sanity.action.document.edit', draftId: 'drafts.symptom-stiffness', publishedId: 'symptom-stiffness', patch }],
      })
    await edit({ set: { summary: 'Joints feel tight after rest and loosen with movement.' } })
    await postJson(lake.api('/data/actions/production'), {
      actions: [{ actionType: 'sanity.action.document.publish', draftId: 'drafts.symptom-stiffness', publishedId: 'symptom-stiffness' }],
    })
    const published = (await getJson(lake.api('/data/doc/production/symptom-stiffness'))).body.documents[0]
    expect(published.summary).toMatch(/loosen/)
    expect((await markers(published)).filter((m) => m.level === 'error')).toEqual([])

    await edit({ unset: ['name'] })
    const draft = (await getJson(lake.api('/data/doc/production/drafts.symptom-stiffness'))).body.documents[0]
    const errors = (await markers(draft)).filter((m) => m.level === 'error')
    expect(errors.map((m) => m.path)).toContainEqual(['name'])
  })
})
