import { h, type HtmlElement } from '@/lib/html/render'

export function sampleNotice(): HtmlElement {
  return h(
    'aside',
    { className: 'notice notice--sample', 'aria-label': 'Sample content' },
    h(
      'p',
      null,
      h('strong', null, 'Sample content.'),
      ' This article was written to demonstrate the site and has not been checked by a named clinician. Do not use it to make decisions about your health.',
    ),
  )
}
