import { useLocale, useTranslations } from "next-intl"
import type { GuideBundle } from "@lacremeluxe/shared"
import { links } from "@/lib/util/links"
import { formatMoney } from "@/lib/util/money"
import { BackInStockForm } from "@/modules/alerts/components/back-in-stock-form"
import { ProductLink } from "@/modules/products/components/product-link"
import { AddToCartForm } from "@/modules/cart/components/add-to-cart-form"

export function ShopThisStep({
  bundle,
  currencyCode,
  storePath,
}: {
  bundle: GuideBundle
  currencyCode: string
  storePath: string
}) {
  const t = useTranslations("guide")
  const locale = useLocale()
  const money = (amount: number) => formatMoney(amount, currencyCode, locale)
  const headingId = `${bundle.handle}-title`
  return (
    <aside
      aria-labelledby={headingId}
      data-testid="shop-this-step"
      className="mt-8 rounded-3xl bg-blush/60 p-6 ring-1 ring-accent/10 sm:p-8"
    >
      <p className="text-sm font-semibold uppercase tracking-widest text-accent">{t("shopThisStep")}</p>
      <h3 id={headingId} className="mt-1 font-serif text-2xl">
        <ProductLink href={links.product(storePath, bundle.handle)} className="hover:underline">
          {bundle.title}
        </ProductLink>
      </h3>
      {bundle.subtitle ? <p className="mt-1 text-muted">{bundle.subtitle}</p> : null}
      <ul className="mt-4 space-y-2" aria-label={t("inTheSet", { title: bundle.title })}>
        {bundle.components.map((component) => (
          <li key={component.variant_id} className="flex items-baseline justify-between gap-4">
            <ProductLink
              href={links.product(storePath, component.handle)}
              className="underline-offset-2 hover:underline"
            >
              {component.quantity > 1 ? `${component.quantity} × ` : ""}
              {component.title}
              {component.variant_title ? <span className="text-muted"> · {component.variant_title}</span> : null}
            </ProductLink>
            <span className="text-sm text-muted">{money(component.unit_price * component.quantity)}</span>
          </li>
        ))}
      </ul>
      <div className="mt-6 flex flex-wrap items-end justify-between gap-4 border-t border-ink/10 pt-4">
        <p>
          <span className="block text-sm text-muted">
            {t("separately")} <s>{money(bundle.components_total)}</s>
          </span>
          <span className="font-serif text-3xl" data-testid="bundle-price">
            {money(bundle.price)}
          </span>{" "}
          <span
            className="rounded-full bg-accent px-2 py-1 text-sm font-semibold text-cream"
            data-testid="bundle-saving"
          >
            {t("youSave", { amount: money(bundle.saving) })}
          </span>
        </p>
        <AddToCartForm
          storePath={storePath}
          variantId={bundle.variant_id}
          label={bundle.title}
          buttonText={t("addSet")}
          disabled={!bundle.in_stock}
          disabledText={t("setOut")}
        />
      </div>
      {bundle.in_stock ? null : (
        <BackInStockForm variantId={bundle.variant_id} storePath={storePath} what={bundle.title} />
      )}
    </aside>
  )
}
