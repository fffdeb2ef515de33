import { h, innerHtml } from '@/lib/html/render'

export interface TocEntry {
  id: string
  title: string
}

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  return (
    <nav
      aria-label="On this page"
      className="toc"
      dangerouslySetInnerHTML={innerHtml([
        h('h2', { className: 'toc__title' }, 'On this page'),
        h('ul', null, entries.map((entry) => h('li', null, h('a', { href: `#${entry.id}` }, entry.title)))),
      ])}
    />
  )
}
