export function SiteHeader({ regionName }: { regionName: string }) {
  return (
    <header className="border-b border-ink/10 bg-cream">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-4 sm:px-6">
        <a href="/" className="font-serif text-2xl tracking-[0.2em]">
          LACREMELUXE
        </a>
        <p className="text-sm text-muted">Shipping to {regionName}</p>
      </div>
    </header>
  )
}
