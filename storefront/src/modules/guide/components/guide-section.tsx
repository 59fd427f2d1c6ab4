import type { GuideSection as Section } from "@lacremeluxe/shared"
import { useTranslations } from "next-intl"
import Link from "next/link"
import { links } from "@/lib/util/links"
import { ProductCard } from "@/modules/products/components/product-card"
import { Markdown } from "./markdown"
import { ShopThisStep } from "./shop-this-step"

/** Where a step's anchor points: its category handle (the Markdown's category: links land here). */
export function sectionAnchor(section: Section): string {
  return section.category?.handle ?? section.handle
}

export function GuideSectionView({
  section,
  currencyCode,
  storePath,
}: {
  section: Section
  currencyCode: string
  storePath: string
}) {
  const t = useTranslations("guide")
  const anchor = sectionAnchor(section)
  const headingId = `${anchor}-heading`
  return (
    <section id={anchor} aria-labelledby={headingId} data-testid="guide-section" className="scroll-mt-8">
      <h2 id={headingId} className="font-serif text-3xl">
        {section.title}
      </h2>
      {section.how_often ? (
        <p
          className="mt-3 inline-flex rounded-full bg-white px-4 py-1 text-sm ring-1 ring-ink/10"
          data-testid="how-often"
        >
          <span className="font-semibold">{t("howOften")}&nbsp;</span>
          {section.how_often}
        </p>
      ) : null}
      <div className="max-w-3xl text-lg text-ink/90">
        <Markdown text={section.body} storePath={storePath} />
      </div>
      {section.precautions.length ? (
        <div
          role="note"
          aria-label={t("precautions")}
          className="mt-4 max-w-3xl rounded-2xl border-l-4 border-accent bg-white p-4"
        >
          <p className="font-semibold">{t("goodToKnow")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {section.precautions.map((precaution) => (
              <li key={precaution}>{precaution}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {section.products.length ? (
        <ul
          aria-label={t("productsFor", { name: section.category?.name ?? section.title })}
          className="mt-8 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4"
        >
          {section.products.map((product) => (
            <li key={product.id}>
              <ProductCard product={product} currencyCode={currencyCode} storePath={storePath} />
            </li>
          ))}
        </ul>
      ) : null}
      {section.category ? (
        <p className="mt-4">
          <Link
            href={links.shopStep(storePath, section.category.handle)}
            className="font-semibold text-accent underline"
          >
            {t("allOfStep", { name: section.category.name })}
          </Link>
        </p>
      ) : null}
      {section.bundle ? (
        <ShopThisStep bundle={section.bundle} currencyCode={currencyCode} storePath={storePath} />
      ) : null}
    </section>
  )
}
