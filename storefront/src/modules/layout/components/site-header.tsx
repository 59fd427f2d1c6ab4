import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { REGION_CHOICES, STEPS } from "@lacremeluxe/shared"
import { links } from "@/lib/util/links"
import { PORE_CARE_GUIDE } from "@/lib/util/guide-handles"
import { shopHref } from "@/lib/util/catalog-params"
import type { Store } from "@/lib/util/store"
import { vocabulary } from "@/lib/util/vocabulary"
import { CartButton } from "@/modules/cart/components/cart-button"
import { SearchBox } from "@/modules/shop/components/search-box"
import { LanguageSwitch } from "./language-switch"
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
 * One markup for both screens. On a desktop the menu's parts (search, navigation, region,
 * language, steps) sit in the header's row (`lg:contents`); on a phone the header is one row —
 * logo, cart, "Menu" — and the menu is a native popover that opens over the page. The row fits a
 * 360 px phone in every language: a smaller logo there, and the cart as a bag with its count.
 * Static: no per-request code.
 */
export async function SiteHeader({ store, regionName }: { store: Store; regionName: string }) {
  const t = await getTranslations()
  const storePath = store.path
  const steps = vocabulary(store.locale).steps
  return (
    <header className="border-b border-ink/10 bg-cream">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("header.skip")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 px-4 py-2 sm:px-6 lg:gap-x-4 lg:gap-y-4 lg:pb-0 lg:pt-4">
        <Link
          href={links.home(storePath)}
          className="font-serif text-lg tracking-[0.08em] sm:text-2xl sm:tracking-[0.2em]"
        >
          LACREMELUXE
        </Link>
        <div className="ml-auto flex items-center text-sm lg:order-3 lg:ml-0">
          <CartButton href={links.cart(storePath)} storePath={storePath} />
        </div>
        <PopoverButton
          panelId={MENU_ID}
          className="inline-flex items-center gap-2 rounded-full border border-ink/20 px-3 py-1.5 text-sm lg:hidden"
        >
          <MenuIcon />
          {t("header.menu")}
        </PopoverButton>
        <div
          id={MENU_ID}
          popover="auto"
          className="inset-x-0 bottom-auto top-0 m-0 max-h-dvh w-full space-y-6 overflow-y-auto border-0 bg-cream p-4 pb-8 text-ink shadow-xl backdrop:bg-ink/40 lg:contents lg:space-y-0"
        >
          <div className="flex items-center justify-between lg:hidden">
            <p className="font-serif text-xl tracking-[0.15em]">{t("header.menu")}</p>
            <button
              type="button"
              popoverTarget={MENU_ID}
              popoverTargetAction="hide"
              className="rounded-full border border-ink/20 px-3 py-1.5 text-sm"
            >
              {t("header.close")}
            </button>
          </div>
          <div className="lg:order-1 lg:ml-auto">
            <SearchBox storePath={storePath} />
          </div>
          <nav aria-label={t("header.main")} className="text-base lg:order-2 lg:text-sm">
            <ul className="flex flex-col gap-3 whitespace-nowrap lg:flex-row lg:items-center lg:gap-5">
              <li>
                <Link href={links.guide(storePath, PORE_CARE_GUIDE)} data-first-focus className="hover:underline">
                  {t("nav.guide")}
                </Link>
              </li>
              <li>
                <Link href={shopHref(storePath, {})} className="hover:underline">
                  {t("nav.shopAll")}
                </Link>
              </li>
              <li>
                <Link href={links.account(storePath)} prefetch={false} className="hover:underline">
                  {t("nav.account")}
                </Link>
              </li>
            </ul>
          </nav>
          <nav
            aria-label={t("header.region")}
            className="flex flex-wrap items-center gap-2 text-sm text-muted lg:order-4"
          >
            {/* Visible in the phone's menu; on a desktop the currencies speak for themselves. */}
            <span className="w-full lg:sr-only">{t("header.shippingTo", { region: regionName })}</span>
            {REGION_CHOICES.map((region) => (
              // A plain link through the route that remembers the choice (no prefetch of a redirect).
              <a
                key={region.country}
                href={`/api/region/${region.country}?lang=${store.language}`}
                aria-current={region.country === store.country ? "true" : undefined}
                title={`${t(`regions.${region.country}`)} · ${region.currency}`}
                className={`rounded-full px-3 py-1 ring-1 ring-ink/20 lg:p-0 lg:ring-0 ${region.country === store.country ? "font-semibold text-ink" : "hover:underline"}`}
              >
                {/* The currency is what shows; the name says where it ships ("Europe · EUR"). */}
                <span className="sr-only">{t(`regions.${region.country}`)} · </span>
                {region.currency}
              </a>
            ))}
          </nav>
          {/* After the region on a desktop, under it in the phone's menu. */}
          <LanguageSwitch store={store} className="lg:order-4" />
          <nav aria-label={t("header.steps")} className="border-ink/5 lg:order-5 lg:basis-full lg:border-t">
            <p className="mb-2 text-sm font-semibold uppercase tracking-widest text-muted lg:hidden">
              {t("header.routine")}
            </p>
            <ol className="flex flex-col gap-3 text-base lg:flex-row lg:gap-5 lg:overflow-x-auto lg:py-2 lg:text-sm">
              {STEPS.map((step, index) => (
                <li key={step.handle}>
                  <Link
                    href={shopHref(storePath, { step: [step.handle] })}
                    className="whitespace-nowrap text-muted hover:text-ink hover:underline"
                  >
                    {index + 1}. {steps[step.handle]}
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
