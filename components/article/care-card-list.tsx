import type { CareCard, Urgency } from '@/lib/content/types'

const URGENCY_LABEL: Record<Urgency, string> = {
  routine: 'See a doctor or physical therapist',
  urgent: 'Get medical advice promptly',
  emergency: 'Emergency: call your local emergency number',
}

/** The "when to see a doctor" care cards: the urgency is written out, never conveyed by colour alone. */
export function CareCardList({ items }: { items: CareCard[] }) {
  return (
    <ul className="care-list">
      {items.map((item) => (
        <li key={item.key} className={`care-card care-card--${item.urgency}`}>
          <h3 className="care-card__title">{item.title}</h3>
          <p className="care-card__urgency">{URGENCY_LABEL[item.urgency]}</p>
          <p>{item.detail}</p>
        </li>
      ))}
    </ul>
  )
}
