// The draft-preview copy of /articles/[slug]: rendered per request (app/preview/layout.tsx says why).
export const dynamic = 'force-dynamic'
export { default, generateMetadata } from '@/app/(site)/articles/[slug]/page'
