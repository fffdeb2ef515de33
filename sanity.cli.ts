import { defineCliConfig } from 'sanity/cli'
import { cliProject } from './sanity/cli-project'

export default defineCliConfig({
  api: cliProject,
  typegen: {
    // Every query is declared in sanity/queries.ts; nothing else needs scanning.
    path: './sanity/queries.ts',
    schema: './sanity/extract.json',
    generates: './sanity/types.generated.ts',
    overloadClientMethods: false,
  },
})
