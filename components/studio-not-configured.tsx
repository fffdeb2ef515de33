/** Shown at /studio when no Sanity project is configured, instead of a broken Studio. */
export function StudioNotConfigured() {
  return (
    <main id="main-content" className="container main">
      <h1>Sanity Studio is not configured</h1>
      <p>
        The site is running on the embedded dataset, so there is no Content Lake for the Studio to edit. To edit
        content:
      </p>
      <ol>
        <li>
          Create a Sanity project and dataset, and load the sample content with{' '}
          <code>npx sanity dataset import sanity/seed/production.ndjson production</code>.
        </li>
        <li>
          Set <code>SANITY_PROJECT_ID</code> and <code>SANITY_DATASET</code> (see <code>.env.example</code>), then
          rebuild and restart the site.
        </li>
        <li>
          Add this site’s address (for example <code>http://localhost:3000</code>) to the project’s CORS origins,
          with credentials allowed.
        </li>
      </ol>
    </main>
  )
}
