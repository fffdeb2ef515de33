import { visionTool } from '@sanity/vision'
import { defineConfig, type AuthStore } from 'sanity'
import { structureTool } from 'sanity/structure'
import { SANITY_API_VERSION } from './api-version'
import { schemaTypes } from './schemaTypes'
import { structure } from './structure'

export interface StudioOptions {
  projectId: string
  dataset: string
  basePath?: string
  /** A Content Lake at another address: the local one on the embedded default. */
  apiHost?: string
  auth?: AuthStore
}

/**
 * One Studio configuration for both the Studio embedded at /studio and the
 * standalone `sanity build`; only the project coordinates differ (and, on the
 * embedded default, the local Content Lake's address and auth store).
 */
export function createStudioConfig({ projectId, dataset, basePath = '/', apiHost, auth }: StudioOptions) {
  return defineConfig({
    name: 'health-portal',
    title: 'Health Portal',
    projectId,
    dataset,
    basePath,
    ...(apiHost ? { apiHost } : {}),
    ...(auth ? { auth } : {}),
    plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: SANITY_API_VERSION })],
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
