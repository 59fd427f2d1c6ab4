import { useLocale, useTranslations } from "next-intl"
import type { ProductCard as ProductCardType } from "@lacremeluxe/shared"
import { formatMoney } from "@/lib/util/money"
import { links } from "@/lib/util/links"
import { ProductLink } from "@/modules/products/components/product-link"
import { RatingSummary } from "@/modules/reviews/components/rating-summary"

export function ProductCard({
  product,
  currencyCode,
  storePath,
  eager = false,
}: {
  product: ProductCardType
  currencyCode: string
  storePath: string
  /** On the first screen (the shop's first row): loaded at once, not when scrolled to. */
  eager?: boolean
}) {
  const t = useTranslations("product")
  const locale = useLocale()
  return (
    <article
      data-testid="product-card"
      className="group relative flex h-full flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-ink/5"
    >
      {product.thumbnail ? (
        // The catalog's own SVG packshots: a plain <img> serves them as they are.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={product.thumbnail}
          alt=""
          width={600}
          height={600}
          loading={eager ? "eager" : "lazy"}
          // The first row's images are the shop's LCP on a phone: fetched before the scripts.
          fetchPriority={eager ? "high" : undefined}
          decoding="async"
          className="aspect-square w-full bg-blush object-cover"
        />
      ) : (
        <div className="aspect-square w-full bg-blush" aria-hidden="true" />
      )}
      <div className="flex flex-1 flex-col gap-1 p-4">
        <h3 className="font-serif text-lg leading-snug">
          <ProductLink
            href={links.product(storePath, product.handle)}
            className="after:absolute after:inset-0 hover:underline"
          >
            {product.title}
          </ProductLink>
        </h3>
        {product.subtitle ? <p className="text-sm text-muted">{product.subtitle}</p> : null}
        <RatingSummary rating={product.rating} />
        <p className="mt-auto pt-2 font-semibold" data-testid="product-price">
          {product.price === null ? t("priceOnRequest") : formatMoney(product.price, currencyCode, locale)}
        </p>
        {product.in_stock === false ? <p className="text-sm text-accent">{t("outOfStock")}</p> : null}
      </div>
    </article>
  )
}
