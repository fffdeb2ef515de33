import { NotFoundContent } from '@/components/not-found-content'
import { getRegionLinks } from '@/lib/content'

export default async function NotFound() {
  return <NotFoundContent regions={await getRegionLinks()} />
}
