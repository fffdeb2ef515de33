import type { Treatments, TreatmentKind } from '@/lib/content/types'
import { MentionList } from './mention-list'

/**
 * Each kind of treatment once: its heading, its badge, and one neutral
 * sentence on the evidence behind that kind of treatment in general (not a
 * verdict on any one treatment, which the article's own text gives).
 */
export const TREATMENT_KIND_TEXT: Record<TreatmentKind, { heading: string; badge: string; evidence: string }> = {
  conventional: {
    heading: 'Conventional Treatments',
    badge: 'Conventional',
    evidence:
      'Offered in routine medical and physiotherapy care; most are backed by clinical trials and national guidelines.',
  },
  alternative: {
    heading: 'Alternative Therapies',
    badge: 'Alternative',
    evidence:
      'Used alongside or instead of routine care; the evidence for them is mixed or limited, so discuss them with a health professional first.',
  },
  home: {
    heading: 'Home Remedies',
    badge: 'Home remedy',
    evidence: 'Things you can do yourself; they are low risk and often ease symptoms, though few have been tested in large trials.',
  },
}

/** The article's treatments under a heading per kind. */
export function TreatmentGroups({ groups }: { groups: Treatments['groups'] }) {
  return groups.map((group) => {
    const text = TREATMENT_KIND_TEXT[group.kind]
    return (
      <div key={group.kind} className="treatment-group">
        <h3>{text.heading}</h3>
        <p className="treatment-group__evidence">
          <span className={`badge badge--${group.kind}`}>{text.badge}</span> {text.evidence}
        </p>
        <MentionList items={group.items} ordered />
      </div>
    )
  })
}
