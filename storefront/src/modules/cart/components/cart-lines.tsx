import Link from "next/link"
import { useLocale, useTranslations } from "next-intl"
import type { CartLine } from "@/lib/data/cart-view"
import { links } from "@/lib/util/links"
import { formatMoney } from "@/lib/util/money"
import { LineControls } from "./line-controls"

/** The cart's lines with quantity and remove: the same on the cart page and in the drawer. */
export function CartLines({
  lines,
  currencyCode,
  storePath,
  compact = false,
}: {
  lines: CartLine[]
  currencyCode: string
  storePath: string
  compact?: boolean
}) {
  const t = useTranslations("cart")
  const locale = useLocale()
  const size = compact ? "h-16 w-16" : "h-20 w-20"
  return (
    <ul className="divide-y divide-ink/10" aria-label={t("items")}>
      {lines.map((line) => (
        <li key={line.id} className="flex items-center gap-4 py-4" data-testid="cart-line">
          {line.thumbnail ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={line.thumbnail} alt="" width={80} height={80} className={`${size} rounded-xl bg-blush`} />
          ) : null}
          <div className="flex-1">
            <p className="font-semibold">
              {line.productHandle ? (
                <Link href={links.product(storePath, line.productHandle)} className="hover:underline">
                  {line.title}
                </Link>
              ) : (
                line.title
              )}
            </p>
            {line.variantTitle ? <p className="text-sm text-muted">{line.variantTitle}</p> : null}
            <p className="text-sm text-muted">
              {line.quantity} ×{" "}
              <span data-testid="cart-line-unit-price">{formatMoney(line.unitPrice, currencyCode, locale)}</span>
            </p>
            <div className="mt-2">
              <LineControls lineId={line.id} quantity={line.quantity} title={line.title} storePath={storePath} />
            </div>
          </div>
          <p className="font-semibold">{formatMoney(line.total, currencyCode, locale)}</p>
        </li>
      ))}
    </ul>
  )
}
