import Link from "next/link"
import { vocabulary } from "@/lib/util/vocabulary"
import { getTranslations } from "next-intl/server"
import { REGION_CHOICES, STEPS } from "@lacremeluxe/shared"
import { links } from "@/lib/util/links"
import { PORE_CARE_GUIDE } from "@/lib/util/guide-handles"
import { shopHref } from "@/lib/util/catalog-params"
import type { Store } from "@/lib/util/store"
import { CartButton } from "@/modules/cart/components/cart-button"
import { SearchBox } from "@/modules/shop/components/search-box"
import { LanguageSwitch } from "./language-switch"

export async function SiteHeader({ store, regionName }: { store: Store; regionName: string }) {
  const t = await getTranslations()
  const storePath = store.path
  return (
    <header className="border-b border-ink/10 bg-cream">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("header.skip")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href={links.home(storePath)} className="font-serif text-2xl tracking-[0.2em]">
          LACREMELUXE
        </Link>
        <SearchBox storePath={storePath} />
        <nav aria-label={t("header.main")} className="flex flex-wrap items-center gap-x-5 gap-y-2 whitespace-nowrap text-sm">
          <Link href={links.guide(storePath, PORE_CARE_GUIDE)} className="hover:underline">
            {t("nav.guide")}
          </Link>
          <Link href={shopHref(storePath, {})} className="hover:underline">
            {t("nav.shopAll")}
          </Link>
          <Link href={links.account(storePath)} prefetch={false} className="hover:underline">
            {t("nav.account")}
          </Link>
          <CartButton href={links.cart(storePath)} storePath={storePath} />
        </nav>
        <div className="flex items-center gap-4">
          <nav aria-label={t("header.region")} className="flex items-center gap-2 text-sm text-muted">
            <span className="sr-only">{t("header.shippingTo", { region: regionName })}</span>
            {REGION_CHOICES.map((region) => (
              // A plain link through the route that remembers the choice (no prefetch of a redirect).
              <a
                key={region.country}
                href={`/api/region/${region.country}?lang=${store.language}`}
                aria-current={region.country === store.country ? "true" : undefined}
                title={`${t(`regions.${region.country}`)} · ${region.currency}`}
                className={region.country === store.country ? "font-semibold text-ink" : "hover:underline"}
              >
                {/* The currency is what shows; the name says where it ships ("Europe · EUR"). */}
                <span className="sr-only">{t(`regions.${region.country}`)} · </span>
                {region.currency}
              </a>
            ))}
          </nav>
          <LanguageSwitch store={store} />
        </div>
      </div>
      <nav aria-label={t("header.steps")} className="border-t border-ink/5">
        <ol className="mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 py-2 text-sm sm:px-6">
          {STEPS.map((step, index) => (
            <li key={step.handle}>
              <Link
                href={shopHref(storePath, { step: [step.handle] })}
                className="whitespace-nowrap text-muted hover:text-ink hover:underline"
              >
                {index + 1}. {vocabulary(store.locale).steps[step.handle]}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
    </header>
  )
}
