// The draft-preview copy of /[hub]: rendered per request (app/preview/layout.tsx says why).
export const dynamic = 'force-dynamic'
export { default, generateMetadata } from '@/app/(site)/[hub]/page'
