import Link from "next/link"
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
  countryCode,
}: {
  cart: CartView | null
  advice: CartAdvice[]
  countryCode: string
}) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">Your cart</h1>
      {!cart || !cart.lines.length ? (
        <p className="mt-6 text-lg">
          <CartCleared />
          Your cart is empty.{" "}
          <Link href={links.guide(countryCode, PORE_CARE_GUIDE)} className="text-accent underline">
            Start with the pore-care guide
          </Link>
          .
        </p>
      ) : (
        <>
          <div className="mt-8">
            <CartLines lines={cart.lines} currencyCode={cart.currencyCode} countryCode={countryCode} />
          </div>
          <CartAdviceNotes advice={advice} currencyCode={cart.currencyCode} countryCode={countryCode} />
          <PromoForm applied={cart.promoCodes} />
          <div className="mt-6 border-t border-ink/10 pt-4">
            <TotalsList
              totals={cart.totals}
              currencyCode={cart.currencyCode}
              shippingLabel="Shipping (chosen at checkout)"
            />
          </div>
          <p className="mt-2 text-sm text-muted">
            {cart.currencyCode === "eur" ? "Prices include VAT." : "Sales tax is calculated at checkout."} Shipping is
            chosen at checkout.
          </p>
          <p className="mt-6">
            <Link
              href={`/${countryCode}/checkout`}
              className="inline-flex rounded-full bg-ink px-6 py-3 font-semibold text-cream hover:bg-accent"
            >
              Go to checkout
            </Link>
          </p>
        </>
      )}
    </main>
  )
}
