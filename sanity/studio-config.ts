import { visionTool } from '@sanity/vision'
import { defineConfig, type AuthStore } from 'sanity'
import { structureTool } from 'sanity/structure'
import { SANITY_API_VERSION } from './api-version'
import { previewTool } from './presentation'
import { schemaTypes } from './schemaTypes'
import { structure } from './structure'

export interface StudioOptions {
  projectId: string
  dataset: string
  basePath?: string
  /** The local Content Lake (content-lake/) on the embedded default: its address and the auth store for it. */
  localLake?: { apiHost: string; auth: AuthStore }
  /** The site the Presentation tool previews, when the Studio is not served by it (a standalone Studio); default: the Studio's origin. */
  previewOrigin?: string
}

/**
 * One Studio configuration for both the Studio embedded at /studio and the
 * standalone `sanity build`; only the project coordinates differ (and, on the
 * embedded default, the local Content Lake's address and auth store).
 */
export function createStudioConfig({ projectId, dataset, basePath = '/', localLake, previewOrigin }: StudioOptions) {
  return defineConfig({
    name: 'health-portal',
    title: 'Health Portal',
    projectId,
    dataset,
    basePath,
    ...(localLake && {
      apiHost: localLake.apiHost,
      auth: localLake.auth,
      // The local Content Lake runs GROQ through groq-js, which has no text::query (the default search): search the older way.
      search: { strategy: 'groqLegacy' as const },
    }),
    plugins: [structureTool({ structure }), previewTool(previewOrigin), visionTool({ defaultApiVersion: SANITY_API_VERSION })],
    schema: {
      types: schemaTypes,
      templates: (previous) => [
        ...previous,
        {
          id: 'article-in-region',
          title: 'Article in this region',
          schemaType: 'article',
          parameters: [{ name: 'regionId', type: 'string' }],
          value: (params: { regionId: string }) => ({ region: { _type: 'reference', _ref: params.regionId } }),
        },
      ],
    },
  })
}
