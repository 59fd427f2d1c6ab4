import type { CartAdvice } from "@lacremeluxe/shared"
import { useLocale, useTranslations } from "next-intl"
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
  storePath,
}: {
  advice: CartAdvice[]
  currencyCode: string
  storePath: string
}) {
  const t = useTranslations("cart")
  const locale = useLocale()
  if (!advice.length) {
    return null
  }
  return (
    <section aria-labelledby="cart-advice-title" className="mt-6 space-y-3">
      <h2 id="cart-advice-title" className="font-serif text-2xl">
        {t("goodToKnow")}
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
                storePath={storePath}
                variantId={note.add.variant_id}
                label={note.add.title}
                buttonText={t("addSpf", {
                  title: note.add.title,
                  price: formatMoney(note.add.price, currencyCode, locale),
                })}
                action={addOnCartPageAction}
              />
            </div>
          ) : null}
        </div>
      ))}
      <p className="text-sm">
        <a href={links.routine(storePath)} className="text-accent underline">
          {t("findRoutine")}
        </a>
      </p>
    </section>
  )
}
