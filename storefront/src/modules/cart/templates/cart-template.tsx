import Link from "next/link"
import { useTranslations } from "next-intl"
import type { CartAdvice } from "@lacremeluxe/shared"
import type { CartView } from "@/lib/data/cart-view"
import { PORE_CARE_GUIDE } from "@/lib/util/guide-handles"
import { links } from "@/lib/util/links"
import { CartAdviceNotes } from "../components/cart-advice"
import { CartCleared } from "../components/cart-cleared"
import { CartLines } from "../components/cart-lines"
import { PromoForm } from "../components/promo-form"
import { TotalsList } from "@/modules/common/components/totals-list"

export function CartTemplate({
  cart,
  advice,
  storePath,
}: {
  cart: CartView | null
  advice: CartAdvice[]
  storePath: string
}) {
  const t = useTranslations("cart")
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">{t("title")}</h1>
      {!cart || !cart.lines.length ? (
        <p className="mt-6 text-lg">
          <CartCleared />
          {t("empty")}{" "}
          <Link href={links.guide(storePath, PORE_CARE_GUIDE)} className="text-accent underline">
            {t("startWithGuide")}
          </Link>
        </p>
      ) : (
        <>
          <div className="mt-8">
            <CartLines lines={cart.lines} currencyCode={cart.currencyCode} storePath={storePath} />
          </div>
          <CartAdviceNotes advice={advice} currencyCode={cart.currencyCode} storePath={storePath} />
          <PromoForm applied={cart.promoCodes} storePath={storePath} />
          <div className="mt-6 border-t border-ink/10 pt-4">
            <TotalsList totals={cart.totals} currencyCode={cart.currencyCode} shippingLabel={t("shippingAtCheckout")} />
          </div>
          <p className="mt-2 text-sm text-muted">
            {cart.currencyCode === "eur" ? t("vatIncluded") : t("salesTaxAtCheckout")} {t("shippingChosen")}
          </p>
          <p className="mt-6">
            <Link
              href={`/${storePath}/checkout`}
              className="inline-flex rounded-full bg-ink px-6 py-3 font-semibold text-cream hover:bg-accent"
            >
              {t("toCheckout")}
            </Link>
          </p>
        </>
      )}
    </main>
  )
}
