// The draft-preview copy of /search: rendered per request (app/preview/layout.tsx says why).
export const dynamic = 'force-dynamic'
export { default, metadata } from '@/app/(site)/search/page'
