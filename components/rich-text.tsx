import { PortableText, type PortableTextComponents } from '@portabletext/react'
import type { RichText as RichTextValue } from '@/lib/content/types'

const components: PortableTextComponents = {
  marks: {
    link: ({ children, value }) => {
      const href = typeof value?.href === 'string' ? value.href : undefined
      if (!href) return <>{children}</>
      const external = /^https?:\/\//.test(href)
      return (
        <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
          {children}
        </a>
      )
    },
  },
}

export function RichText({ value }: { value: RichTextValue }) {
  return <PortableText value={value} components={components} />
}
