import Link from "next/link"
import type { GuideBundle } from "@lacremeluxe/shared"
import { links } from "@/lib/util/links"
import { formatMoney } from "@/lib/util/money"
import { BackInStockForm } from "@/modules/alerts/components/back-in-stock-form"
import { AddToCartForm } from "@/modules/cart/components/add-to-cart-form"

export function ShopThisStep({
  bundle,
  currencyCode,
  countryCode,
}: {
  bundle: GuideBundle
  currencyCode: string
  countryCode: string
}) {
  const headingId = `${bundle.handle}-title`
  return (
    <aside
      aria-labelledby={headingId}
      data-testid="shop-this-step"
      className="mt-8 rounded-3xl bg-blush/60 p-6 ring-1 ring-accent/10 sm:p-8"
    >
      <p className="text-sm font-semibold uppercase tracking-widest text-accent">Shop this step</p>
      <h3 id={headingId} className="mt-1 font-serif text-2xl">
        <Link href={links.product(countryCode, bundle.handle)} className="hover:underline">
          {bundle.title}
        </Link>
      </h3>
      {bundle.subtitle ? <p className="mt-1 text-muted">{bundle.subtitle}</p> : null}
      <ul className="mt-4 space-y-2" aria-label={`In the ${bundle.title}`}>
        {bundle.components.map((component) => (
          <li key={component.variant_id} className="flex items-baseline justify-between gap-4">
            <Link href={links.product(countryCode, component.handle)} className="underline-offset-2 hover:underline">
              {component.quantity > 1 ? `${component.quantity} × ` : ""}
              {component.title}
              {component.variant_title ? <span className="text-muted"> · {component.variant_title}</span> : null}
            </Link>
            <span className="text-sm text-muted">
              {formatMoney(component.unit_price * component.quantity, currencyCode)}
            </span>
          </li>
        ))}
      </ul>
      <div className="mt-6 flex flex-wrap items-end justify-between gap-4 border-t border-ink/10 pt-4">
        <p>
          <span className="block text-sm text-muted">
            Separately <s>{formatMoney(bundle.components_total, currencyCode)}</s>
          </span>
          <span className="font-serif text-3xl" data-testid="bundle-price">
            {formatMoney(bundle.price, currencyCode)}
          </span>{" "}
          <span
            className="rounded-full bg-accent px-2 py-1 text-sm font-semibold text-cream"
            data-testid="bundle-saving"
          >
            You save {formatMoney(bundle.saving, currencyCode)}
          </span>
        </p>
        <AddToCartForm
          countryCode={countryCode}
          variantId={bundle.variant_id}
          label={bundle.title}
          buttonText="Add the set to cart"
          disabled={!bundle.in_stock}
          disabledText="Out of stock: one of its products has run out"
        />
      </div>
      {bundle.in_stock ? null : (
        <BackInStockForm variantId={bundle.variant_id} countryCode={countryCode} what={bundle.title} />
      )}
    </aside>
  )
}
