import { PortableText, type PortableTextComponents } from '@portabletext/react'
import type { CitationMark, RichText as RichTextValue } from '@/lib/content/types'
import { safeLink } from '@/lib/safe-url'
import { sourceAnchor } from '@/components/article/source-list'

const components: PortableTextComponents = {
  marks: {
    // An address the URL policy refuses keeps its words as plain text: the
    // reader loses a link, never meets a script (lib/safe-url.ts).
    link: ({ children, value }) => {
      const link = safeLink(value?.href)
      if (!link) return <>{children}</>
      return (
        <a href={link.href} {...(link.external ? { rel: 'noopener noreferrer' } : {})}>
          {children}
        </a>
      )
    },
    // The cited words, then [n] linking to the numbered source. Screen readers hear "Source n"
    // rather than "left bracket n"; an unnumbered citation (its source is not listed) is just words.
    citation: ({ children, value }) => {
      const mark = value as CitationMark | undefined
      if (!mark?.number) return <>{children}</>
      return (
        <>
          {children}
          <sup className="citation">
            <a href={`#${sourceAnchor(mark.number)}`} id={mark.id} aria-label={`Source ${mark.number}`}>
              [{mark.number}]
            </a>
          </sup>
        </>
      )
    },
  },
}

export function RichText({ value }: { value: RichTextValue }) {
  return <PortableText value={value} components={components} />
}
