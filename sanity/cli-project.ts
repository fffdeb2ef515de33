/**
 * The project the Sanity CLI works on (`sanity build`, `sanity dev`, schema
 * extraction, typegen), for both root configs: sanity.cli.ts and the
 * standalone Studio's sanity.config.ts. The CLI exposes SANITY_STUDIO_*
 * variables to the Studio's browser bundle, so those come first; the site's
 * own SANITY_PROJECT_ID / SANITY_DATASET (read by lib/env.ts) are the
 * fallback in Node. A placeholder keeps schema tooling working on a machine
 * with no project, where the embedded default needs none.
 */
export const cliProject = {
  projectId: process.env.SANITY_STUDIO_PROJECT_ID || process.env.SANITY_PROJECT_ID || 'unconfigured',
  dataset: process.env.SANITY_STUDIO_DATASET || process.env.SANITY_DATASET || 'production',
  // The site the standalone Studio's Presentation tool previews (the Studio at /studio previews its own origin).
  ...(process.env.SANITY_STUDIO_PREVIEW_ORIGIN ? { previewOrigin: process.env.SANITY_STUDIO_PREVIEW_ORIGIN } : {}),
}
