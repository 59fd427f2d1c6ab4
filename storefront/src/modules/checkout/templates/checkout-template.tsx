import Link from "next/link"
import { useLocale, useTranslations } from "next-intl"
import type { CheckoutCart } from "@/lib/checkout/cart"
import { links } from "@/lib/util/links"
import { formatMoney } from "@/lib/util/money"
import { TotalsList } from "@/modules/common/components/totals-list"
import { CheckoutForm } from "../components/checkout-form"

export function CheckoutTemplate({
  cart,
  storePath,
  notice,
}: {
  cart: CheckoutCart | null
  storePath: string
  notice?: string
}) {
  const t = useTranslations("checkout")
  const locale = useLocale()
  if (!cart) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
        <h1 className="font-serif text-4xl">{t("title")}</h1>
        <p className="mt-6 text-lg">
          {t("empty")}{" "}
          <Link href={links.home(storePath)} className="text-accent underline">
            {t("backToRoutine")}
          </Link>
        </p>
      </main>
    )
  }
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">{t("title")}</h1>
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
        <CheckoutForm cart={cart} storePath={storePath} notice={notice} />
        <aside aria-labelledby="summary-heading" className="h-fit rounded-2xl bg-white p-6 ring-1 ring-ink/10">
          <h2 id="summary-heading" className="font-serif text-2xl">
            {t("yourOrder")}
          </h2>
          <ul className="mt-4 space-y-2 text-sm">
            {cart.lines.map((line) => (
              <li key={line.id} className="flex justify-between gap-4">
                <span>
                  {line.quantity} × {line.title}
                  {line.variantTitle ? <span className="text-muted"> · {line.variantTitle}</span> : null}
                </span>
                <span>{formatMoney(line.total, cart.currencyCode, locale)}</span>
              </li>
            ))}
          </ul>
          <div className="mt-4 border-t border-ink/10 pt-4 text-sm">
            <TotalsList totals={cart.totals} currencyCode={cart.currencyCode} />
          </div>
        </aside>
      </div>
    </main>
  )
}
