// The draft-preview copy of /regions/[slug]/page/[page]: rendered per request (app/preview/layout.tsx says why).
export const dynamic = 'force-dynamic'
export { default, generateMetadata } from '@/app/(site)/regions/[slug]/page/[page]/page'
