import { NotFoundContent } from '@/components/not-found-content'
import { getRegionsWithArticles } from '@/lib/content'

export default async function NotFound() {
  return <NotFoundContent regions={await getRegionsWithArticles()} />
}
