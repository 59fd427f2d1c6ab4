import type { ProductCard as ProductCardData } from "@/lib/routine"
import { formatMoney } from "@/lib/money"

export function ProductCard({ product, currencyCode }: { product: ProductCardData; currencyCode: string }) {
  return (
    <article data-testid="product-card" className="flex h-full flex-col overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-ink/5">
      {product.thumbnail ? (
        // The catalog's own SVG packshots: a plain <img> serves them as they are.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={product.thumbnail} alt="" width={600} height={600} loading="lazy" className="aspect-square w-full bg-blush object-cover" />
      ) : (
        <div className="aspect-square w-full bg-blush" aria-hidden="true" />
      )}
      <div className="flex flex-1 flex-col gap-1 p-4">
        <h3 className="font-serif text-lg leading-snug">{product.title}</h3>
        {product.subtitle ? <p className="text-sm text-muted">{product.subtitle}</p> : null}
        <p className="mt-auto pt-2 font-semibold" data-testid="product-price">
          {product.price === null ? "Price on request" : formatMoney(product.price, currencyCode)}
        </p>
      </div>
    </article>
  )
}
