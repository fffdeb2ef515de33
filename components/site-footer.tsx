import { AToZLinks } from '@/components/a-to-z-links'
import { SITE_NAME } from '@/lib/site'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <nav aria-label="A to Z" className="footer-nav">
          <AToZLinks className="footer-nav__list" />
        </nav>
        <p>
          {SITE_NAME} provides general information, not a diagnosis. If you are worried about a symptom, contact a
          doctor or other qualified health professional. In an emergency, call your local emergency number.
        </p>
      </div>
    </footer>
  )
}
