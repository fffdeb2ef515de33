/**
 * Shown on every page in draft preview: says that drafts are on show and
 * links to the route that ends the preview. The robots meta (hoisted into the
 * head by React) keeps a previewed page out of search engines even if a
 * crawler were ever handed the cookie; next.config.mjs sends X-Robots-Tag too.
 */
export function PreviewBanner() {
  return (
    <section className="preview-banner" aria-label="Preview mode">
      <meta name="robots" content="noindex, nofollow" />
      <p className="preview-banner__text">
        <strong>Preview mode</strong>: you are seeing unpublished drafts.{' '}
        {/* A plain link, not next/link: the route must run on the server to clear the cookie. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="preview-banner__exit" href="/api/draft-mode/disable">
          Exit preview
        </a>
      </p>
    </section>
  )
}
