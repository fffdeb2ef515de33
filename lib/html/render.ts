import { escapeMarkup } from '../escape-markup'
import { safeLink } from '../safe-url'

/**
 * A small element tree for the static parts of a page, rendered to an HTML
 * string that a server component hands to `dangerouslySetInnerHTML`.
 *
 * Why: React's flight payload (inline in every page, again in the `.rsc` file
 * and the segment prefetch files) carries a server component's output as an
 * element tree, about 30 bytes of JSON per element; a section rendered here
 * travels as one string. Next forbids react-dom/server in server components,
 * so the site renders these trees itself.
 *
 * Why every character above U+009F is written as a character reference: one
 * such character (a typographic apostrophe is enough) makes V8 hold the whole
 * prerendered page as a two-byte string, and `next start` then spends about
 * twice as long encoding and writing every response (bench/RESULTS.md,
 * "Serving"). U+0080–U+009F stay as they are: HTML reads `&#x80;`–`&#x9F;` as
 * Windows-1252 characters, not as themselves.
 *
 * What keeps content from becoming markup: text and attribute values are
 * always escaped; tag and attribute names come only from the site's code
 * (allow-listed, checked again here); event-handler attributes are refused;
 * and `href` must be an address the site's URL policy accepts (lib/safe-url.ts:
 * callers turn a refused address into plain words before it gets here, so a
 * refusal here is a bug and fails the render).
 */

/** The elements the site writes this way; anything else (script, style, iframe…) cannot be named. */
const TAGS = [
  'a',
  'aside',
  'br',
  'circle',
  'cite',
  'dd',
  'div',
  'dl',
  'dt',
  'em',
  'h1',
  'h2',
  'h3',
  'li',
  'ol',
  'p',
  'path',
  'rect',
  'span',
  'strong',
  'sup',
  'svg',
  'time',
  'ul',
] as const

export type Tag = (typeof TAGS)[number]

const ALLOWED_TAGS = new Set<string>(TAGS)
const VOID_TAGS = new Set<string>(['br'])
/** Attribute names as the site writes them: letters and digits (SVG's are camel case: viewBox), inner hyphens (aria-*, data-*). */
const ATTRIBUTE_NAME = /^[a-z][a-zA-Z0-9]*(?:-[a-z0-9]+)*$/
/** Attribute names HTML reads as an address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'srcset'])

export type AttributeValue = string | number | boolean | null | undefined
export type Attributes = Readonly<Record<string, AttributeValue>>

export interface HtmlElement {
  readonly tag: Tag
  readonly attributes: Attributes
  readonly children: readonly HtmlNode[]
}

/** Text (a string or number), an element, nothing (null, undefined, false), or a list of these. */
export type HtmlNode = HtmlElement | string | number | null | undefined | false | readonly HtmlNode[]

/** An element: `h('p', { className: 'lede' }, 'Words')`. `className` is written as `class`. */
export function h(tag: Tag, attributes: Attributes | null, ...children: HtmlNode[]): HtmlElement {
  return { tag, attributes: attributes ?? {}, children }
}

// Everything from U+00A0 up (surrogate pairs whole, lone surrogates alone), and NUL.
const BEYOND_LATIN1 = /[\u00a0-\ud7ff\ue000-\uffff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]|\u0000/g

function reference(char: string): string {
  const code = char.codePointAt(0) as number
  // A lone surrogate cannot be encoded, and a NUL reference is read as U+FFFD: say so plainly.
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0) return '&#xFFFD;'
  return `&#x${code.toString(16).toUpperCase()};`
}

/**
 * Text as HTML text or a double-quoted attribute value: markup characters escaped as the site's other hand-written
 * markup escapes them (lib/escape-markup.ts), then ASCII (and C1) only.
 */
export function escapeHtml(text: string): string {
  return escapeMarkup(text).replace(BEYOND_LATIN1, reference)
}

function attribute(tag: string, name: string, value: AttributeValue): string {
  if (value === null || value === undefined || value === false) return ''
  const htmlName = name === 'className' ? 'class' : name
  if (!ATTRIBUTE_NAME.test(htmlName)) throw new Error(`renderHtml: <${tag}> cannot take an attribute named ${JSON.stringify(name)}`)
  // HTML attribute names are case-insensitive: oNclick is onclick.
  if (htmlName.toLowerCase().startsWith('on')) throw new Error(`renderHtml: <${tag}> cannot take the event handler ${htmlName}`)
  if (value === true) return ` ${htmlName}=""`
  const text = String(value)
  if (URL_ATTRIBUTES.has(htmlName.toLowerCase()) && safeLink(text)?.href !== text) {
    throw new Error(`renderHtml: <${tag} ${htmlName}> refuses ${JSON.stringify(text)}; check it with safeLink first`)
  }
  return ` ${htmlName}="${escapeHtml(text)}"`
}

function write(node: HtmlNode, out: string[]): void {
  if (node === null || node === undefined || node === false) return
  if (typeof node === 'string') out.push(escapeHtml(node))
  else if (typeof node === 'number') out.push(String(node))
  else if (Array.isArray(node)) for (const child of node as readonly HtmlNode[]) write(child, out)
  else {
    const { tag, attributes, children } = node as HtmlElement
    if (!ALLOWED_TAGS.has(tag)) throw new Error(`renderHtml: <${String(tag)}> is not an element the site writes`)
    out.push(`<${tag}`)
    for (const [name, value] of Object.entries(attributes)) out.push(attribute(tag, name, value))
    out.push('>')
    if (VOID_TAGS.has(tag)) {
      if (children.length > 0) throw new Error(`renderHtml: <${tag}> cannot have children`)
      return
    }
    for (const child of children) write(child, out)
    out.push(`</${tag}>`)
  }
}

/** The tree as an HTML string: every text and attribute escaped, ASCII apart from U+0080–U+009F. */
export function renderHtml(node: HtmlNode): string {
  const out: string[] = []
  write(node, out)
  return out.join('')
}

/** The prop for `dangerouslySetInnerHTML`: the element's content as one string. */
export function innerHtml(node: HtmlNode): { __html: string } {
  return { __html: renderHtml(node) }
}
