export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="font-serif text-3xl">Page not found</h1>
      <p className="mt-4 text-muted">We could not find that page, or we do not ship to that country yet.</p>
      <p className="mt-6">
        {/* A full load of `/`: the proxy redirects it to the visitor's remembered country. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="underline" href="/">
          Back to the routine
        </a>
      </p>
    </main>
  )
}
