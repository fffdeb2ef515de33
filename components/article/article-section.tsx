import type { ReactNode } from 'react'

/** A top-level article section, named by its own h2 (also the table of contents target). */
export function ArticleSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="article-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}
