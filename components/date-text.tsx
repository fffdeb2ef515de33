import { formatDay, isoDay } from '@/lib/dates'
import { h, type HtmlElement } from '@/lib/html/render'

export function DateText({ value }: { value: string }) {
  return <time dateTime={isoDay(value)}>{formatDay(value)}</time>
}

/** The same element for a section rendered as an HTML string (lib/html/render.ts). */
export function dateTextHtml(value: string): HtmlElement {
  return h('time', { dateTime: isoDay(value) }, formatDay(value))
}
