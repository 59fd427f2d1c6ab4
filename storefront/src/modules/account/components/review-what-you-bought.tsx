import Link from "next/link"
import { useTranslations } from "next-intl"
import { links } from "@/lib/util/links"

/** Under an order in the history: a link to each product's review form. */
export function ReviewWhatYouBought({
  products,
  storePath,
}: {
  products: { handle: string; title: string }[]
  storePath: string
}) {
  const t = useTranslations("reviews")
  if (!products.length) return null
  return (
    <p className="w-full text-sm">
      <span className="text-muted">{t("whatYouBought")}</span>{" "}
      {products.map((product, index) => (
        <span key={product.handle}>
          {index ? " · " : null}
          <Link
            href={`${links.product(storePath, product.handle)}#reviews`}
            className="text-accent underline"
            prefetch={false}
          >
            {t("reviewProduct", { title: product.title })}
          </Link>
        </span>
      ))}
    </p>
  )
}
