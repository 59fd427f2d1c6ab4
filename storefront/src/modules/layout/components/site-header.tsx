import Link from "next/link"
import { REGION_CHOICES, STEPS } from "@lacremeluxe/shared"
import { links } from "@/lib/util/links"
import { PORE_CARE_GUIDE } from "@/lib/util/guide-handles"
import { shopHref } from "@/lib/util/catalog-params"
import { CartButton } from "@/modules/cart/components/cart-button"
import { SearchBox } from "@/modules/shop/components/search-box"
import { PopoverButton } from "./popover-button"

const MENU_ID = "site-menu"

/** Three short lines: the menu button's picture (its name is its text). */
function MenuIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M3 5h14M3 10h14M3 15h14" />
    </svg>
  )
}

/**
 * One markup for both screens. On a desktop the menu's parts (search, navigation, region, steps)
 * sit in the header's row (`lg:contents`); on a phone the header is one row — logo, cart, "Menu" —
 * and the menu is a native popover that opens over the page. Static: no per-request code.
 */
export function SiteHeader({ countryCode, regionName }: { countryCode: string; regionName: string }) {
  return (
    <header className="border-b border-ink/10 bg-cream">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 px-4 py-2 sm:px-6 lg:gap-x-5 lg:gap-y-4 lg:pb-0 lg:pt-4">
        <Link
          href={links.home(countryCode)}
          className="font-serif text-xl tracking-[0.1em] sm:text-2xl sm:tracking-[0.2em]"
        >
          LACREMELUXE
        </Link>
        <div className="ml-auto flex items-center text-sm lg:order-3 lg:ml-0">
          <CartButton href={links.cart(countryCode)} countryCode={countryCode} />
        </div>
        <PopoverButton
          panelId={MENU_ID}
          className="inline-flex items-center gap-2 rounded-full border border-ink/20 px-3 py-1.5 text-sm lg:hidden"
        >
          <MenuIcon />
          Menu
        </PopoverButton>
        <div
          id={MENU_ID}
          popover="auto"
          className="inset-x-0 bottom-auto top-0 m-0 max-h-dvh w-full space-y-6 overflow-y-auto border-0 bg-cream p-4 pb-8 text-ink shadow-xl backdrop:bg-ink/40 lg:contents lg:space-y-0"
        >
          <div className="flex items-center justify-between lg:hidden">
            <p className="font-serif text-xl tracking-[0.15em]">Menu</p>
            <button
              type="button"
              popoverTarget={MENU_ID}
              popoverTargetAction="hide"
              className="rounded-full border border-ink/20 px-3 py-1.5 text-sm"
            >
              Close
            </button>
          </div>
          <div className="lg:order-1 lg:ml-auto">
            <SearchBox countryCode={countryCode} />
          </div>
          <nav aria-label="Main" className="text-base lg:order-2 lg:text-sm">
            <ul className="flex flex-col gap-3 whitespace-nowrap lg:flex-row lg:items-center lg:gap-5">
              <li>
                <Link href={links.guide(countryCode, PORE_CARE_GUIDE)} data-first-focus className="hover:underline">
                  The pore-care guide
                </Link>
              </li>
              <li>
                <Link href={shopHref(countryCode, {})} className="hover:underline">
                  Shop all
                </Link>
              </li>
              <li>
                <Link href={links.account(countryCode)} prefetch={false} className="hover:underline">
                  Account
                </Link>
              </li>
            </ul>
          </nav>
          <nav aria-label="Region" className="flex flex-wrap items-center gap-2 text-sm text-muted lg:order-4">
            {/* Visible in the phone's menu; on a desktop the currencies speak for themselves. */}
            <span className="w-full lg:sr-only">Shipping to {regionName}. Change region:</span>
            {REGION_CHOICES.map((region) => (
              // A plain link through the route that remembers the choice (no prefetch of a redirect).
              <a
                key={region.country}
                href={`/api/region/${region.country}`}
                aria-current={region.country === countryCode ? "true" : undefined}
                title={`${region.area} · ${region.currency}`}
                className={`rounded-full px-3 py-1 ring-1 ring-ink/20 lg:p-0 lg:ring-0 ${region.country === countryCode ? "font-semibold text-ink" : "hover:underline"}`}
              >
                {/* The currency is what shows; the name says where it ships ("Europe · EUR"). */}
                <span className="sr-only">{region.area} · </span>
                {region.currency}
              </a>
            ))}
          </nav>
          {/* LANGUAGE SWITCH (issue 15) goes here: a <nav aria-label="Language"> beside the region
              switch, with className "lg:order-4" so it sits after the region on a desktop and
              under it in the phone's menu. */}
          <nav aria-label="Routine steps" className="border-ink/5 lg:order-5 lg:basis-full lg:border-t">
            <p className="mb-2 text-sm font-semibold uppercase tracking-widest text-muted lg:hidden">The routine</p>
            <ol className="flex flex-col gap-3 text-base lg:flex-row lg:gap-5 lg:overflow-x-auto lg:py-2 lg:text-sm">
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
        </div>
      </div>
    </header>
  )
}
