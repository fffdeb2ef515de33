/**
 * Shown at /studio on the embedded default when the local Content Lake is not
 * reachable (the site was started with `next start` or `next dev` alone),
 * instead of a broken Studio.
 */
export function StudioNotConfigured({ reason }: { reason: string }) {
  return (
    <main id="main-content" className="container main">
      <h1>Sanity Studio cannot reach its Content Lake</h1>
      <p>{reason}</p>
      <p>
        On the embedded dataset the Studio edits a local Content Lake (<code>content-lake/</code>) that{' '}
        <code>npm start</code> starts next to the site. To edit a hosted Sanity project instead, set{' '}
        <code>SANITY_PROJECT_ID</code> and <code>SANITY_DATASET</code> (see <code>.env.example</code>), then rebuild
        and restart the site.
      </p>
    </main>
  )
}
