import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { links } from "@/lib/util/links"
import { formatMoney } from "@/lib/util/money"
import type { ProductPage, StoreReviewsResponse } from "@lacremeluxe/shared"
import { vocabulary } from "@/lib/util/vocabulary"
import { BackInStockForm } from "@/modules/alerts/components/back-in-stock-form"
import { AddToCartForm } from "@/modules/cart/components/add-to-cart-form"
import { ProductReviews } from "@/modules/reviews/components/product-reviews"
import { RatingSummary } from "@/modules/reviews/components/rating-summary"

async function Facts({ product, storePath }: { product: ProductPage; storePath: string }) {
  const profile = product.skincare
  if (!profile) {
    return null
  }
  const [t, locale] = await Promise.all([getTranslations("product"), getLocale()])
  const words = vocabulary(locale)
  return (
    <div className="mt-10 space-y-8">
      <section aria-labelledby="key-ingredients">
        <h2 id="key-ingredients" className="font-serif text-2xl">
          {t("keyIngredients")}
        </h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {profile.key_ingredients.map((ingredient) => (
            <li key={ingredient} className="rounded-full bg-white px-3 py-1 text-sm ring-1 ring-ink/10">
              {ingredient}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="how-to-use">
        <h2 id="how-to-use" className="font-serif text-2xl">
          {t("howToUse")}
        </h2>
        <p className="mt-2 font-semibold" data-testid="when-to-use">
          {t("when", {
            time: words.times_of_day[profile.time_of_day],
            frequency: words.frequencies[profile.frequency],
          })}
        </p>
        <p className="mt-2 whitespace-pre-line leading-relaxed">{profile.how_to_use}</p>
      </section>
      {product.routine_advice ? (
        <section aria-labelledby="in-a-routine" data-testid="routine-advice">
          <h2 id="in-a-routine" className="font-serif text-2xl">
            {t("inRoutine")}
          </h2>
          <p className="mt-2 font-semibold">{product.routine_advice.limit}</p>
          {product.routine_advice.avoid.length ? (
            <>
              <h3 className="mt-3 text-sm font-semibold">{t("avoid")}</h3>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                {product.routine_advice.avoid.map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="mt-3 text-sm">
            <Link href={links.routine(storePath)} className="text-accent underline">
              {t("findRoutine")}
            </Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="suits">
        <h2 id="suits" className="font-serif text-2xl">
          {t("suits")}
        </h2>
        <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-y-1 text-sm">
          <dt className="text-muted">{t("skinTypes")}</dt>
          <dd>{profile.skin_types.map((code) => words.skin_types[code]).join(", ")}</dd>
          <dt className="text-muted">{t("concerns")}</dt>
          <dd>{profile.concerns.map((code) => words.concerns[code]).join(", ")}</dd>
          <dt className="text-muted">{t("pregnancy")}</dt>
          <dd>{profile.pregnancy_safe ? t("pregnancySuitable") : t("pregnancyNot")}</dd>
          <dt className="text-muted">{t("fragrance")}</dt>
          <dd>{profile.fragrance_free ? t("fragranceFree") : t("fragranceContains")}</dd>
        </dl>
      </section>
      {profile.warnings.length ? (
        <section aria-labelledby="warnings" className="rounded-2xl border-l-4 border-accent bg-white p-4">
          <h2 id="warnings" className="font-semibold">
            {t("warnings")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {profile.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {profile.inci ? (
        <details className="rounded-2xl bg-white p-4 ring-1 ring-ink/10">
          <summary className="cursor-pointer font-semibold">{t("inci")}</summary>
          <p className="mt-2 text-sm leading-relaxed text-muted">{profile.inci}</p>
        </details>
      ) : null}
    </div>
  )
}

export async function ProductTemplate({
  product,
  storePath,
  reviews,
}: {
  product: ProductPage
  storePath: string
  reviews: StoreReviewsResponse
}) {
  const [t, locale] = await Promise.all([getTranslations("product"), getLocale()])
  const money = (amount: number) => formatMoney(amount, currency, locale)
  const currency = product.currency_code
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-10 pb-24 sm:px-6">
      <nav aria-label={t("breadcrumb")} className="text-sm text-muted">
        <ol className="flex flex-wrap gap-2">
          <li>
            <Link href={links.home(storePath)} className="hover:underline">
              {t("home")}
            </Link>{" "}
            /
          </li>
          {product.step ? (
            <li>
              <Link href={links.step(storePath, "pore-care", product.step.handle)} className="hover:underline">
                {product.step.name}
              </Link>{" "}
              /
            </li>
          ) : null}
          <li aria-current="page">{product.title}</li>
        </ol>
      </nav>
      <div className="mt-6 grid gap-10 lg:grid-cols-2">
        <div>
          {product.thumbnail ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={product.thumbnail}
              alt={product.title}
              width={600}
              height={600}
              // The page's LCP: fetched first, before the scripts (Lighthouse's LCP discovery).
              fetchPriority="high"
              className="w-full rounded-3xl bg-blush"
            />
          ) : null}
        </div>
        <div>
          {product.skincare ? (
            <p className="text-sm font-semibold uppercase tracking-widest text-accent">
              {product.skincare.product_type}
            </p>
          ) : product.is_bundle ? (
            <p className="text-sm font-semibold uppercase tracking-widest text-accent">{t("set")}</p>
          ) : null}
          <h1 className="mt-2 font-serif text-4xl leading-tight">{product.title}</h1>
          {product.subtitle ? <p className="mt-2 text-lg text-muted">{product.subtitle}</p> : null}
          <div className="mt-2">
            <RatingSummary rating={product.rating} href="#reviews" size="lg" />
          </div>
          {product.description ? <p className="mt-4 leading-relaxed">{product.description}</p> : null}

          {product.is_bundle ? (
            <section aria-labelledby="in-the-set" className="mt-6">
              <h2 id="in-the-set" className="font-serif text-2xl">
                {t("inSet")}
              </h2>
              <ul className="mt-3 space-y-2" data-testid="bundle-components">
                {product.components.map((component) => (
                  <li key={component.handle} className="flex justify-between gap-4">
                    <Link href={links.product(storePath, component.handle)} className="underline underline-offset-2">
                      {component.quantity > 1 ? `${component.quantity} × ` : ""}
                      {component.title}
                      {component.variant_title ? (
                        <span className="text-muted"> · {component.variant_title}</span>
                      ) : null}
                    </Link>
                    {component.unit_price !== null ? (
                      <span className="text-sm text-muted">{money(component.unit_price * component.quantity)}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
              {product.components_total !== null ? (
                <p className="mt-2 text-sm text-muted">
                  {t("separately")} <s>{money(product.components_total)}</s>
                </p>
              ) : null}
            </section>
          ) : null}

          <section aria-labelledby="sizes" className="mt-6">
            <h2 id="sizes" className="sr-only">
              {t("sizes")}
            </h2>
            <ul className="space-y-4">
              {product.variants.map((variant) => (
                <li
                  key={variant.id}
                  className="rounded-2xl bg-white p-4 ring-1 ring-ink/10"
                  data-testid="product-variant"
                >
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <p className="font-semibold">{variant.title}</p>
                    <p>
                      <span className="font-serif text-2xl" data-testid="variant-price">
                        {variant.price === null ? t("notSold") : money(variant.price)}
                      </span>
                      {variant.price_per_100ml !== null ? (
                        <span className="ml-2 text-sm text-muted">
                          ({t("per100ml", { price: money(variant.price_per_100ml) })})
                        </span>
                      ) : null}
                    </p>
                  </div>
                  <p className="mt-1 text-sm text-muted">
                    {variant.available > 0
                      ? variant.available < 10
                        ? t("onlyLeft", { count: variant.available })
                        : t("inStock")
                      : t("outOfStock")}
                    {" · "}
                    {currency === "eur" ? t("vatIncluded") : t("salesTax")}
                  </p>
                  <div className="mt-3">
                    <AddToCartForm
                      storePath={storePath}
                      variantId={variant.id}
                      label={`${product.title}${variant.title && product.variants.length > 1 ? ` (${variant.title})` : ""}`}
                      buttonText={product.variants.length > 1 ? t("addSize", { size: variant.title ?? "" }) : t("add")}
                      disabled={variant.available <= 0 || variant.price === null}
                    />
                    {variant.available <= 0 && variant.price !== null ? (
                      <BackInStockForm
                        variantId={variant.id}
                        storePath={storePath}
                        what={`${product.title}${product.variants.length > 1 ? ` (${variant.title})` : ""}`}
                      />
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>

          {product.step_bundle || product.guide_section ? (
            <ul className="mt-6 space-y-2 text-sm">
              {product.step_bundle ? (
                <li>
                  {t("saveWithSet")}{" "}
                  <Link
                    href={links.product(storePath, product.step_bundle.handle)}
                    className="font-semibold text-accent underline"
                  >
                    {product.step_bundle.title}
                  </Link>
                </li>
              ) : null}
              {product.guide_section ? (
                <li>
                  {t("readInGuide")}{" "}
                  <Link
                    href={links.step(
                      storePath,
                      product.guide_section.guide_handle,
                      product.step?.handle ?? product.guide_section.section_handle
                    )}
                    className="font-semibold text-accent underline"
                  >
                    {product.guide_section.title}
                  </Link>
                </li>
              ) : null}
            </ul>
          ) : null}
          <Facts product={product} storePath={storePath} />
        </div>
      </div>
      <ProductReviews product={product} reviews={reviews} storePath={storePath} />
    </main>
  )
}
