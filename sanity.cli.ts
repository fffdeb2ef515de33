import { defineCliConfig } from 'sanity/cli'

export default defineCliConfig({
  api: {
    projectId: process.env.SANITY_STUDIO_PROJECT_ID || process.env.SANITY_PROJECT_ID || 'unconfigured',
    dataset: process.env.SANITY_STUDIO_DATASET || process.env.SANITY_DATASET || 'production',
  },
  typegen: {
    // Every query is declared in sanity/queries.ts; nothing else needs scanning.
    path: './sanity/queries.ts',
    schema: './sanity/extract.json',
    generates: './sanity/types.generated.ts',
    overloadClientMethods: false,
  },
})
