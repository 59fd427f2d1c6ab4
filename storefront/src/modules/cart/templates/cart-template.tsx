import Link from "next/link"
import type { CartView } from "@/lib/cart-view"
import { PORE_CARE_GUIDE } from "@/lib/guide-handles"
import { links } from "@/lib/links"
import { formatMoney } from "@/lib/money"
import { CartCleared } from "../components/cart-cleared"
import { LineControls } from "../components/line-controls"
import { PromoForm } from "../components/promo-form"
import { TotalsList } from "@/modules/common/components/totals-list"

export function CartTemplate({ cart, countryCode }: { cart: CartView | null; countryCode: string }) {
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
          <ul className="mt-8 divide-y divide-ink/10" aria-label="Items in your cart">
            {cart.lines.map((line) => (
              <li key={line.id} className="flex items-center gap-4 py-4" data-testid="cart-line">
                {line.thumbnail ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={line.thumbnail} alt="" width={80} height={80} className="h-20 w-20 rounded-xl bg-blush" />
                ) : null}
                <div className="flex-1">
                  <p className="font-semibold">
                    {line.productHandle ? (
                      <Link href={links.product(countryCode, line.productHandle)} className="hover:underline">
                        {line.title}
                      </Link>
                    ) : (
                      line.title
                    )}
                  </p>
                  {line.variantTitle ? <p className="text-sm text-muted">{line.variantTitle}</p> : null}
                  <p className="text-sm text-muted">
                    {line.quantity} × <span data-testid="cart-line-unit-price">{formatMoney(line.unitPrice, cart.currencyCode)}</span>
                  </p>
                  <div className="mt-2">
                    <LineControls lineId={line.id} quantity={line.quantity} title={line.title} />
                  </div>
                </div>
                <p className="font-semibold">{formatMoney(line.total, cart.currencyCode)}</p>
              </li>
            ))}
          </ul>
          <PromoForm applied={cart.promoCodes} />
          <div className="mt-6 border-t border-ink/10 pt-4">
            <TotalsList totals={cart.totals} currencyCode={cart.currencyCode} shippingLabel="Shipping (chosen at checkout)" />
          </div>
          <p className="mt-2 text-sm text-muted">
            {cart.currencyCode === "eur" ? "Prices include VAT." : "Sales tax is calculated at checkout."} Shipping is chosen at checkout.
          </p>
          <p className="mt-6">
            <Link href={`/${countryCode}/checkout`} className="inline-flex rounded-full bg-ink px-6 py-3 font-semibold text-cream hover:bg-accent">
              Go to checkout
            </Link>
          </p>
        </>
      )}
    </main>
  )
}
