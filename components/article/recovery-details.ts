import { prose } from '@/components/prose'
import type { Recovery } from '@/lib/content/types'
import { formatWeeks } from '@/lib/dates'
import { h, type HtmlElement, type HtmlNode } from '@/lib/html/render'
import { recoveryScale } from '@/lib/recovery-scale'

/** The typical range drawn on a scale of weeks; its words are the figure's accessible name. */
function recoveryScaleFigure(minWeeks: number, maxWeeks: number): HtmlElement {
  const scale = recoveryScale(minWeeks, maxWeeks)
  const label = `Typical recovery: ${formatWeeks(minWeeks, maxWeeks)}, on a scale of 0 to ${scale.maxWeeks} weeks`
  // A div, not a figure: a figure may not take the img role, and this one is a single image to a screen reader.
  return h(
    'div',
    { className: 'recovery-scale', role: 'img', 'aria-label': label },
    h(
      'div',
      { className: 'recovery-scale__track', 'aria-hidden': 'true' },
      h('div', {
        className: 'recovery-scale__range',
        style: `left:${scale.from}%;width:${Math.max(scale.to - scale.from, 1.5)}%`,
      }),
    ),
    h(
      'ol',
      { className: 'recovery-scale__ticks', 'aria-hidden': 'true' },
      scale.ticks.map((week) => h('li', { style: `left:${(week / scale.maxWeeks) * 100}%` }, week)),
    ),
    h('p', { 'aria-hidden': 'true', className: 'recovery-scale__caption' }, 'Weeks after the problem starts'),
  )
}

export function recoveryDetails(recovery: Recovery): HtmlNode {
  const duration = formatWeeks(recovery.minWeeks, recovery.maxWeeks)
  return [
    h('p', { className: 'key-fact' }, h('strong', null, 'Typical recovery time:'), ' ', duration),
    recoveryScaleFigure(recovery.minWeeks, recovery.maxWeeks),
    prose(recovery.overview),
    recovery.phases.length > 0 &&
      // A real ordered list, so the phases are read (and numbered) in order.
      h(
        'ol',
        { className: 'recovery-phases' },
        recovery.phases.map((phase) =>
          h(
            'li',
            { className: 'recovery-phase' },
            h('h3', null, phase.name),
            prose(phase.intro),
            h('ul', null, phase.steps.map((step) => h('li', null, step))),
          ),
        ),
      ),
    (recovery.complications.length > 0 || recovery.tips.length > 0) && [
      h('h3', null, 'Complications and tips'),
      prose(recovery.complications),
      recovery.tips.length > 0 && h('ul', null, recovery.tips.map((tip) => h('li', null, tip))),
    ],
    prose(recovery.summary),
  ]
}
