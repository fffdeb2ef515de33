import { paths } from '@/lib/site'

/**
 * A search box that works without JavaScript: a GET form to /search?q=…,
 * which the search page reads on load. `name` tells the search landmarks on
 * one page apart (the header's and the home page's).
 */
export function SearchForm({
  id,
  name,
  label,
  hideLabel = false,
  className,
}: {
  id: string
  name: string
  label: string
  hideLabel?: boolean
  className: string
}) {
  return (
    <form role="search" aria-label={name} action={paths.search()} method="get" className={className}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <span className={`${className}__controls`}>
        <input id={id} type="search" name="q" autoComplete="off" />
        <button type="submit">Search</button>
      </span>
    </form>
  )
}
