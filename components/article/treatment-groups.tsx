import type { Treatments, TreatmentKind } from '@/lib/content/types'
import { MentionList } from './mention-list'

export const TREATMENT_HEADINGS: Record<TreatmentKind, string> = {
  conventional: 'Conventional Treatments',
  alternative: 'Alternative Therapies',
  home: 'Home Remedies',
}

/** The article's treatments under a heading per kind. */
export function TreatmentGroups({ groups }: { groups: Treatments['groups'] }) {
  return groups.map((group) => (
    <div key={group.kind}>
      <h3>{TREATMENT_HEADINGS[group.kind]}</h3>
      <MentionList items={group.items} ordered />
    </div>
  ))
}
