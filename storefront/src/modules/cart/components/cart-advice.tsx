import type { CartAdvice } from "@lacremeluxe/shared"
import { addOnCartPageAction } from "@/lib/actions/cart"
import { links } from "@/lib/util/links"
import { formatMoney } from "@/lib/util/money"
import { AddToCartForm } from "./add-to-cart-form"

/**
 * What the routine's rules say about the cart (a retinoid with an acid, acids without SPF, two
 * exfoliants), each as a note; where one product resolves it, a one-click add.
 */
export function CartAdviceNotes({
  advice,
  currencyCode,
  countryCode,
}: {
  advice: CartAdvice[]
  currencyCode: string
  countryCode: string
}) {
  if (!advice.length) {
    return null
  }
  return (
    <section aria-labelledby="cart-advice-title" className="mt-6 space-y-3">
      <h2 id="cart-advice-title" className="font-serif text-2xl">
        Good to know
      </h2>
      {advice.map((note) => (
        <div
          key={note.code}
          role="note"
          data-code={note.code}
          className="rounded-2xl border-l-4 border-accent bg-white p-4"
          data-testid="cart-advice"
        >
          <p>{note.message}</p>
          {note.add ? (
            <div className="mt-3 max-w-xs">
              <AddToCartForm
                countryCode={countryCode}
                variantId={note.add.variant_id}
                label={note.add.title}
                buttonText={`Add SPF: ${note.add.title} (${formatMoney(note.add.price, currencyCode)})`}
                action={addOnCartPageAction}
              />
            </div>
          ) : null}
        </div>
      ))}
      <p className="text-sm">
        <a href={links.routine(countryCode)} className="text-accent underline">
          Find the routine that fits your skin
        </a>
      </p>
    </section>
  )
}
