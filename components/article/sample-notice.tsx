export function SampleNotice() {
  return (
    <aside className="notice notice--sample" aria-label="Sample content">
      <p>
        <strong>Sample content.</strong> This article was written to demonstrate the site and has not been checked
        by a named clinician. Do not use it to make decisions about your health.
      </p>
    </aside>
  )
}
