import { createStudioConfig } from './sanity/studio-config'

// The standalone Studio (`sanity build`, `sanity dev`) and the CLI's schema
// extraction read the project from SANITY_STUDIO_* variables, which the Sanity
// CLI exposes to the browser bundle; a placeholder keeps schema tooling working
// on a machine with no project.
export default createStudioConfig({
  projectId: process.env.SANITY_STUDIO_PROJECT_ID || process.env.SANITY_PROJECT_ID || 'unconfigured',
  dataset: process.env.SANITY_STUDIO_DATASET || process.env.SANITY_DATASET || 'production',
})
