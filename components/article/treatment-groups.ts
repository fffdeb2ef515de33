import type { Treatments, TreatmentKind } from '@/lib/content/types'
import { h, type HtmlNode } from '@/lib/html/render'
import { mentionList } from './mention-list'

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
export function treatmentGroups(groups: Treatments['groups']): HtmlNode {
  return groups.map((group) => {
    const text = TREATMENT_KIND_TEXT[group.kind]
    return h(
      'div',
      { className: 'treatment-group' },
      h('h3', null, text.heading),
      h('p', { className: 'treatment-group__evidence' }, h('span', { className: `badge badge--${group.kind}` }, text.badge), ' ', text.evidence),
      mentionList(group.items, true),
    )
  })
}
