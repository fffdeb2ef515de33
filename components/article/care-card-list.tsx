import type { CareCard, Urgency } from '@/lib/content/types'

/**
 * The NHS care-card pattern in three levels. Each level differs by the words
 * in its band, its icon and its colour, never by colour alone, and a screen
 * reader hears the level before the card's heading.
 */
const LEVELS: Record<Urgency, { band: string; spoken: string }> = {
  routine: { band: 'See a GP or physical therapist', spoken: 'Non-urgent advice:' },
  urgent: { band: 'Get help today', spoken: 'Urgent advice:' },
  emergency: { band: 'Call your local emergency number now', spoken: 'Immediate action required:' },
}

/** An "i" for advice, "!" for urgent, a telephone handset for an emergency call. */
function LevelIcon({ urgency }: { urgency: Urgency }) {
  return (
    <svg className="care-card__icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      {urgency === 'routine' ? (
        <>
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <rect x="10.5" y="10" width="3" height="8" rx="1" className="care-card__icon-mark" />
          <circle cx="12" cy="6.5" r="1.8" className="care-card__icon-mark" />
        </>
      ) : urgency === 'urgent' ? (
        <>
          <path d="M12 1.5 23 21.5H1Z" fill="currentColor" />
          <rect x="10.6" y="8" width="2.8" height="7.5" rx="1" className="care-card__icon-mark" />
          <circle cx="12" cy="18.3" r="1.6" className="care-card__icon-mark" />
        </>
      ) : (
        <path
          fill="currentColor"
          d="M6.6 10.8a15.2 15.2 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1Z"
        />
      )}
    </svg>
  )
}

/** "When to see a doctor": a care card per sign, in the article's order, each with its level. */
export function CareCardList({ items }: { items: CareCard[] }) {
  return (
    <>
      <p className="care-disclaimer">
        This is general information, not a diagnosis. If you are worried about a symptom, contact a doctor or
        other qualified health professional. If you think someone’s life is at risk, call your local emergency
        number.
      </p>
      <ul className="care-list">
        {items.map((item) => {
          const level = LEVELS[item.urgency]
          return (
            <li key={item.key} className={`care-card care-card--${item.urgency}`}>
              <p className="care-card__band">
                <LevelIcon urgency={item.urgency} />
                <span>{level.band}</span>
              </p>
              <div className="care-card__content">
                <h3 className="care-card__title">
                  <span className="visually-hidden">{level.spoken} </span>
                  {item.title}
                </h3>
                <p>{item.detail}</p>
              </div>
            </li>
          )
        })}
      </ul>
    </>
  )
}
