import { formatDay, isoDay } from '@/lib/dates'

export function DateText({ value }: { value: string }) {
  return <time dateTime={isoDay(value)}>{formatDay(value)}</time>
}
