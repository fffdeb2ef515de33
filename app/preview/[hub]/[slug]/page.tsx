// The draft-preview copy of /[hub]/[slug]: rendered per request (app/preview/layout.tsx says why).
export const dynamic = 'force-dynamic'
export { default, generateMetadata } from '@/app/(site)/[hub]/[slug]/page'
