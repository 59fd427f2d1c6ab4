import Link from "next/link"
import { links } from "@/lib/util/links"

const WORDS = {
  lead: "Review what you bought:",
  review: (title: string) => `Review ${title}`,
}

/** Under an order in the history: a link to each product's review form. */
export function ReviewWhatYouBought({
  products,
  storePath,
}: {
  products: { handle: string; title: string }[]
  storePath: string
}) {
  if (!products.length) return null
  return (
    <p className="w-full text-sm">
      <span className="text-muted">{WORDS.lead}</span>{" "}
      {products.map((product, index) => (
        <span key={product.handle}>
          {index ? " · " : null}
          <Link
            href={`${links.product(storePath, product.handle)}#reviews`}
            className="text-accent underline"
            prefetch={false}
          >
            {WORDS.review(product.title)}
          </Link>
        </span>
      ))}
    </p>
  )
}
