import { SITE_NAME } from '@/lib/site'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          {SITE_NAME} provides general information, not a diagnosis. If you are worried about a symptom, contact a
          doctor or other qualified health professional. In an emergency, call your local emergency number.
        </p>
      </div>
    </footer>
  )
}
