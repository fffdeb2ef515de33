import 'server-only'
import { createDataAttribute } from 'next-sanity'
import { isDraftMode } from './draft-mode'

/**
 * Click-to-edit in the Studio's Presentation tool. A `data-sanity` attribute
 * names the document and field an element shows; the visual-editing overlay
 * (loaded in draft mode only) outlines it and opens that field in the
 * Studio. Attributes rather than stega-encoded strings: stega needs the
 * content source maps the hosted Content Lake computes and the local one
 * (groq-js) cannot, and attributes leave the text itself, and so the page's
 * metadata, JSON-LD and option lookups, untouched.
 */

/** The attributes that mark an element as showing `path` of a document; none outside draft mode. */
export type EditTarget = (path: string) => { 'data-sanity'?: string }

const notEditable: EditTarget = () => ({})

/** The edit target of a document for this request: editable in draft mode, inert otherwise (no attributes in public HTML). */
export async function editTarget(document: { id: string; type: string }): Promise<EditTarget> {
  if (!(await isDraftMode())) return notEditable
  const attribute = createDataAttribute({ id: document.id, type: document.type })
  return (path) => ({ 'data-sanity': attribute(path) })
}
