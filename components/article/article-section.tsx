import { h, innerHtml, type HtmlNode } from '@/lib/html/render'

/**
 * A top-level article section, named by its own h2 (also the table of contents target). Its heading and content
 * are one HTML string (lib/html/render.ts says why), so the page's flight data carries a string, not an element tree.
 */
export function ArticleSection({ id, title, content }: { id: string; title: string; content: HtmlNode }) {
  return (
    <section aria-labelledby={id} className="article-section" dangerouslySetInnerHTML={innerHtml([h('h2', { id }, title), content])} />
  )
}
