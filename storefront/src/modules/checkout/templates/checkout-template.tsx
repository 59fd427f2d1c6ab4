import Link from "next/link"
import type { CheckoutCart } from "@/lib/checkout"
import { links } from "@/lib/links"
import { formatMoney } from "@/lib/money"
import { CheckoutForm } from "../components/checkout-form"

export function CheckoutTemplate({ cart, countryCode }: { cart: CheckoutCart | null; countryCode: string }) {
  if (!cart) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
        <h1 className="font-serif text-4xl">Checkout</h1>
        <p className="mt-6 text-lg">
          Your cart is empty. <Link href={links.home(countryCode)} className="text-accent underline">Back to the routine</Link>.
        </p>
      </main>
    )
  }
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">Checkout</h1>
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
        <CheckoutForm cart={cart} countryCode={countryCode} />
        <aside aria-labelledby="summary-heading" className="h-fit rounded-2xl bg-white p-6 ring-1 ring-ink/10">
          <h2 id="summary-heading" className="font-serif text-2xl">Your order</h2>
          <ul className="mt-4 space-y-2 text-sm">
            {cart.lines.map((line) => (
              <li key={line.id} className="flex justify-between gap-4">
                <span>
                  {line.quantity} × {line.title}
                  {line.variantTitle ? <span className="text-muted"> · {line.variantTitle}</span> : null}
                </span>
                <span>{formatMoney(line.total, cart.currencyCode)}</span>
              </li>
            ))}
          </ul>
          <dl className="mt-4 grid grid-cols-2 gap-y-1 border-t border-ink/10 pt-4 text-sm">
            <dt>Subtotal</dt>
            <dd className="text-right">{formatMoney(cart.subtotal, cart.currencyCode)}</dd>
            {cart.discount ? (
              <>
                <dt>Discount</dt>
                <dd className="text-right">−{formatMoney(cart.discount, cart.currencyCode)}</dd>
              </>
            ) : null}
            <dt>Shipping</dt>
            <dd className="text-right">{formatMoney(cart.shipping, cart.currencyCode)}</dd>
            <dt>{cart.currencyCode === "eur" ? "Included VAT" : "Sales tax"}</dt>
            <dd className="text-right">{formatMoney(cart.tax, cart.currencyCode)}</dd>
            <dt className="font-semibold">Total</dt>
            <dd className="text-right font-semibold" data-testid="checkout-total">{formatMoney(cart.total, cart.currencyCode)}</dd>
          </dl>
        </aside>
      </div>
    </main>
  )
}
