import type { CareCard, Urgency } from '@/lib/content/types'
import { h, type HtmlElement, type HtmlNode } from '@/lib/html/render'

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

const ICON_MARK = { className: 'care-card__icon-mark' }

/** An "i" for advice, "!" for urgent, a telephone handset for an emergency call. */
const ICON_SHAPES: Record<Urgency, HtmlNode> = {
  routine: [
    h('circle', { cx: 12, cy: 12, r: 11, fill: 'currentColor' }),
    h('rect', { x: 10.5, y: 10, width: 3, height: 8, rx: 1, ...ICON_MARK }),
    h('circle', { cx: 12, cy: 6.5, r: 1.8, ...ICON_MARK }),
  ],
  urgent: [
    h('path', { d: 'M12 1.5 23 21.5H1Z', fill: 'currentColor' }),
    h('rect', { x: 10.6, y: 8, width: 2.8, height: 7.5, rx: 1, ...ICON_MARK }),
    h('circle', { cx: 12, cy: 18.3, r: 1.6, ...ICON_MARK }),
  ],
  emergency: h('path', {
    fill: 'currentColor',
    d: 'M6.6 10.8a15.2 15.2 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1Z',
  }),
}

function levelIcon(urgency: Urgency): HtmlElement {
  return h(
    'svg',
    { className: 'care-card__icon', viewBox: '0 0 24 24', width: 28, height: 28, 'aria-hidden': 'true', focusable: 'false' },
    ICON_SHAPES[urgency],
  )
}

/** "When to see a doctor": a care card per sign, in the article's order, each with its level. */
export function careCardList(items: CareCard[]): HtmlNode {
  return [
    h(
      'p',
      { className: 'care-disclaimer' },
      'This is general information, not a diagnosis. If you are worried about a symptom, contact a doctor or ' +
        'other qualified health professional. If you think someone’s life is at risk, call your local emergency ' +
        'number.',
    ),
    h(
      'ul',
      { className: 'care-list' },
      items.map((item) => {
        const level = LEVELS[item.urgency]
        return h(
          'li',
          { className: `care-card care-card--${item.urgency}` },
          h('p', { className: 'care-card__band' }, levelIcon(item.urgency), h('span', null, level.band)),
          h(
            'div',
            { className: 'care-card__content' },
            h('h3', { className: 'care-card__title' }, h('span', { className: 'visually-hidden' }, `${level.spoken} `), item.title),
            h('p', null, item.detail),
          ),
        )
      }),
    ),
  ]
}
