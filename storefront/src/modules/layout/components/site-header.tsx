import Link from "next/link"
import { REGION_CHOICES, STEPS } from "@lacremeluxe/shared"
import { links } from "@/lib/util/links"
import { PORE_CARE_GUIDE } from "@/lib/util/guide-handles"
import { shopHref } from "@/lib/util/catalog-params"
import { CartButton } from "@/modules/cart/components/cart-button"
import { SearchBox } from "@/modules/shop/components/search-box"

export function SiteHeader({ countryCode, regionName }: { countryCode: string; regionName: string }) {
  return (
    <header className="border-b border-ink/10 bg-cream">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href={links.home(countryCode)} className="font-serif text-2xl tracking-[0.2em]">
          LACREMELUXE
        </Link>
        <SearchBox countryCode={countryCode} />
        <nav aria-label="Main" className="flex flex-wrap items-center gap-x-5 gap-y-2 whitespace-nowrap text-sm">
          <Link href={links.guide(countryCode, PORE_CARE_GUIDE)} className="hover:underline">
            The pore-care guide
          </Link>
          <Link href={shopHref(countryCode, {})} className="hover:underline">
            Shop all
          </Link>
          <Link href={links.account(countryCode)} prefetch={false} className="hover:underline">
            Account
          </Link>
          <CartButton href={links.cart(countryCode)} countryCode={countryCode} />
        </nav>
        <nav aria-label="Region" className="flex items-center gap-2 text-sm text-muted">
          <span className="sr-only">Shipping to {regionName}. Change region:</span>
          {REGION_CHOICES.map((region) => (
            // A plain link through the route that remembers the choice (no prefetch of a redirect).
            <a
              key={region.country}
              href={`/api/region/${region.country}`}
              aria-current={region.country === countryCode ? "true" : undefined}
              title={`${region.area} · ${region.currency}`}
              className={region.country === countryCode ? "font-semibold text-ink" : "hover:underline"}
            >
              {/* The currency is what shows; the name says where it ships ("Europe · EUR"). */}
              <span className="sr-only">{region.area} · </span>
              {region.currency}
            </a>
          ))}
        </nav>
      </div>
      <nav aria-label="Routine steps" className="border-t border-ink/5">
        <ol className="mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 py-2 text-sm sm:px-6">
          {STEPS.map((step, index) => (
            <li key={step.handle}>
              <Link
                href={shopHref(countryCode, { step: [step.handle] })}
                className="whitespace-nowrap text-muted hover:text-ink hover:underline"
              >
                {index + 1}. {step.name}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
    </header>
  )
}
