import { PortableText, type PortableTextComponents } from '@portabletext/react'
import type { RichText as RichTextValue } from '@/lib/content/types'
import { safeLink } from '@/lib/safe-url'

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
  },
}

export function RichText({ value }: { value: RichTextValue }) {
  return <PortableText value={value} components={components} />
}
