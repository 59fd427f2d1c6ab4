// The smallest Next app with a first screen like the store's (a heading, a paragraph, a link): the
// baseline Lighthouse runs beside the store's pages (tests/load/baseline-next.mjs).
export const metadata = { title: "Baseline", description: "A bare Next page: what this machine allows" }

export default function Layout({ children }) {
  return (
    <html lang="de">
      <body style={{ fontFamily: "serif", maxWidth: 640, margin: "0 auto", padding: 16 }}>{children}</body>
    </html>
  )
}
