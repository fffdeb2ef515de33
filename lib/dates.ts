import { SITE_LOCALE } from './site'

const DAY = /^\d{4}-\d{2}-\d{2}/
const formatter = new Intl.DateTimeFormat(SITE_LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** The calendar day of a date or datetime string, as used in `<time dateTime>`. */
export function isoDay(value: string): string {
  const match = DAY.exec(value)
  if (!match) throw new RangeError(`Not an ISO date: "${value}"`)
  return match[0]
}

/** "16 November 2026": unambiguous in every English locale. */
export function formatDay(value: string): string {
  return formatter.format(new Date(`${isoDay(value)}T00:00:00Z`))
}

/** A span of weeks as readers see it: "3 weeks", "2 to 6 weeks". */
export function formatWeeks(minWeeks: number, maxWeeks: number): string {
  return minWeeks === maxWeeks ? `${minWeeks} weeks` : `${minWeeks} to ${maxWeeks} weeks`
}
