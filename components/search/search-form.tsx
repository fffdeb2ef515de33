import { paths } from '@/lib/site'

/** A plain GET form to /search: it works without JavaScript, and the search page reads `q` from the URL. */
export function SearchForm({
  id,
  label,
  className,
  placeholder,
}: {
  /** The input's id, unique on the page (the header and the 404 page both have a form). */
  id: string
  label: string
  className: string
  placeholder?: string
}) {
  return (
    <form role="search" aria-label={label} action={paths.search()} method="get" className={className}>
      <label htmlFor={id} className="visually-hidden">
        Search the site
      </label>
      <input id={id} type="search" name="q" placeholder={placeholder ?? 'Search'} autoComplete="off" />
      <button type="submit">Search</button>
    </form>
  )
}
