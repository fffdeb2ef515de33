import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { SANITY_API_VERSION } from './api-version'
import { schemaTypes } from './schemaTypes'
import { structure } from './structure'

export interface StudioOptions {
  projectId: string
  dataset: string
  basePath?: string
}

/**
 * One Studio configuration for both the Studio embedded at /studio and the
 * standalone `sanity build`; only the project coordinates differ.
 */
export function createStudioConfig({ projectId, dataset, basePath = '/' }: StudioOptions) {
  return defineConfig({
    name: 'health-portal',
    title: 'Health Portal',
    projectId,
    dataset,
    basePath,
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
