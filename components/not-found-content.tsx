import Link from 'next/link'

export function NotFoundContent() {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct. If you followed a link, the page may have moved.</p>
      <p>
        <Link href="/">Browse articles by body region</Link>
      </p>
    </>
  )
}
