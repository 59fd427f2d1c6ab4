import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"
import { CATALOG_SORTS, CONCERNS, SKIN_TYPES, type CatalogListing, type GuideSection } from "@lacremeluxe/shared"
import type { Region } from "@/lib/data/regions"
import { PAGE_SIZE, shopHref, type ShopParams } from "@/lib/util/catalog-params"
import { vocabulary } from "@/lib/util/vocabulary"
import { PORE_CARE_GUIDE } from "@/lib/util/guide-handles"
import { links } from "@/lib/util/links"
import { ProductCard } from "@/modules/products/components/product-card"
import { QuizInvite } from "@/modules/routine/components/quiz-invite"
import { Markdown } from "@/modules/guide/components/markdown"
import { PopoverButton } from "@/modules/layout/components/popover-button"
import { AutoSubmit } from "../components/auto-submit"

const FILTERS_ID = "shop-filters"
/** Cards in the grid's first row at its widest (three columns): on the first screen. */
const FIRST_ROW = 3

/** How many filters are set (the sort and the search words are not filters). */
function activeFilters(filters: ShopParams): number {
  return (
    filters.step.length +
    filters.skin_type.length +
    filters.concern.length +
    (filters.ingredient ? 1 : 0) +
    (filters.pregnancy_safe ? 1 : 0) +
    (filters.fragrance_free ? 1 : 0)
  )
}

function CheckboxGroup({
  legend,
  name,
  options,
  checked,
  counts,
}: {
  legend: string
  name: string
  options: { value: string; label: string }[]
  checked: string[]
  counts?: Record<string, number>
}) {
  return (
    <fieldset className="border-t border-ink/10 pt-4">
      <legend className="font-semibold">{legend}</legend>
      <ul className="mt-2 space-y-1 text-sm">
        {options.map((option) => (
          <li key={option.value}>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={checked.includes(option.value)}
                className="h-4 w-4 accent-accent"
              />
              {option.label}
              {counts?.[option.value] !== undefined ? (
                <span className="text-muted">({counts[option.value]})</span>
              ) : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

export async function ShopTemplate({
  listing,
  filters,
  storePath,
  region,
  stepSection,
}: {
  listing: CatalogListing
  filters: ShopParams
  storePath: string
  region: Region
  /** The guide's section of the one step the filters pick: its description heads the page. */
  stepSection: GuideSection | null
}) {
  const [t, locale] = await Promise.all([getTranslations("shop"), getLocale()])
  const words = vocabulary(locale)
  const currencyCode = region.currencyCode
  const stepName = filters.step.length === 1 ? listing.steps.find((s) => s.handle === filters.step[0])?.name : undefined
  const heading = filters.q
    ? t("resultsFor", { q: filters.q })
    : stepName
      ? t("stepTitle", { step: stepName })
      : t("allHeading")
  const pages = Math.ceil(listing.count / PAGE_SIZE)
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-10 pb-24 sm:px-6">
      <h1 className="font-serif text-4xl">{heading}</h1>
      <p className="mt-2 text-muted" role="status" data-testid="result-count">
        {t("count", { count: listing.count })}
      </p>
      {stepSection ? (
        <div className="mt-4 max-w-3xl text-lg text-ink/90" data-testid="step-description">
          {stepSection.how_often ? (
            <p className="font-semibold">{t("howOften", { howOften: stepSection.how_often })}</p>
          ) : null}
          <Markdown text={stepSection.body} storePath={storePath} />
          <p className="mt-2 text-base">
            <Link
              href={links.step(storePath, PORE_CARE_GUIDE, stepSection.category?.handle ?? "")}
              className="underline"
            >
              {t("readGuide")}
            </Link>
          </p>
        </div>
      ) : null}
      <div className="mt-8 lg:grid lg:grid-cols-[15rem_1fr] lg:gap-10">
        {/* On a phone the filters fold behind this button (a native popover); a desktop shows them beside the products. */}
        <div className="mb-6 lg:hidden">
          <PopoverButton
            panelId={FILTERS_ID}
            className="rounded-full border border-ink/20 bg-white px-5 py-2 text-sm font-semibold"
          >
            {t("filters")}
            {activeFilters(filters) ? ` (${activeFilters(filters)})` : ""}
          </PopoverButton>
        </div>
        {/* Keyed by the URL: after back/forward the boxes show the filters of that URL. */}
        <form
          key={shopHref(storePath, filters)}
          id={FILTERS_ID}
          popover="auto"
          method="get"
          action={`/${storePath}/shop`}
          aria-label={t("filterProducts")}
          className="inset-0 m-0 h-dvh max-h-dvh w-full space-y-4 overflow-y-auto border-0 bg-cream p-4 pb-8 text-ink backdrop:bg-ink/40 lg:static lg:mb-0 lg:block lg:h-auto lg:max-h-none lg:w-auto lg:overflow-visible lg:bg-transparent lg:p-0"
        >
          <div className="flex items-center justify-between lg:hidden">
            <p className="font-serif text-2xl">{t("filters")}</p>
            <button
              type="button"
              popoverTarget={FILTERS_ID}
              popoverTargetAction="hide"
              data-first-focus
              className="rounded-full border border-ink/20 px-3 py-1.5 text-sm"
            >
              {t("close")}
            </button>
          </div>
          <AutoSubmit />
          {filters.q ? <input type="hidden" name="q" value={filters.q} /> : null}
          <label className="block text-sm font-semibold">
            {t("sortBy")}
            <select
              name="sort"
              defaultValue={filters.sort}
              className="mt-1 block w-full rounded-lg border border-ink/20 bg-white px-2 py-2 font-normal"
            >
              {CATALOG_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`sorts.${sort}`)}
                </option>
              ))}
            </select>
          </label>
          <CheckboxGroup
            legend={t("routineStep")}
            name="step"
            options={listing.steps.map((s) => ({ value: s.handle, label: s.name }))}
            checked={filters.step}
          />
          <label className="block border-t border-ink/10 pt-4 text-sm font-semibold">
            {t("keyIngredient")}
            <input
              type="text"
              name="ingredient"
              defaultValue={filters.ingredient ?? ""}
              placeholder={t("ingredientExample")}
              data-autosubmit="off"
              className="mt-1 block w-full rounded-lg border border-ink/20 bg-white px-2 py-2 font-normal"
            />
          </label>
          <CheckboxGroup
            legend={t("skinType")}
            name="skin_type"
            options={SKIN_TYPES.map((v) => ({ value: v, label: words.skin_types[v] }))}
            checked={filters.skin_type}
            counts={listing.facets.skin_type}
          />
          <CheckboxGroup
            legend={t("concern")}
            name="concern"
            options={CONCERNS.map((v) => ({ value: v, label: words.concerns[v] }))}
            checked={filters.concern}
            counts={listing.facets.concern}
          />
          <fieldset className="space-y-1 border-t border-ink/10 pt-4 text-sm">
            <legend className="font-semibold">{t("suitability")}</legend>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                name="pregnancy_safe"
                value="true"
                defaultChecked={Boolean(filters.pregnancy_safe)}
                className="h-4 w-4 accent-accent"
              />
              {t("pregnancySafe")}
            </label>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                name="fragrance_free"
                value="true"
                defaultChecked={Boolean(filters.fragrance_free)}
                className="h-4 w-4 accent-accent"
              />
              {t("fragranceFree")}
            </label>
          </fieldset>
          <div className="flex gap-3 border-t border-ink/10 pt-4">
            <button
              type="submit"
              className="rounded-full bg-ink px-5 py-2 text-sm font-semibold text-cream hover:bg-accent"
            >
              {t("apply")}
            </button>
            <Link href={shopHref(storePath, { q: filters.q })} className="self-center text-sm underline">
              {t("clear")}
            </Link>
          </div>
        </form>
        <section aria-labelledby="products-heading">
          <h2 id="products-heading" className="sr-only">
            {t("products")}
          </h2>
          {listing.products.length ? (
            <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3">
              {listing.products.map((product, index) => (
                <li key={product.id}>
                  <ProductCard
                    product={product}
                    currencyCode={currencyCode}
                    storePath={storePath}
                    eager={index < FIRST_ROW}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <div className="rounded-2xl bg-white p-6 ring-1 ring-ink/10" data-testid="no-results">
              <h2 className="font-serif text-2xl">{t("nothing")}</h2>
              {listing.suggestions?.without_filters ? (
                <p className="mt-2">
                  {t("withoutFilters", { count: listing.suggestions.without_filters, q: filters.q ?? "" })}{" "}
                  <Link href={shopHref(storePath, { q: filters.q })} className="font-semibold text-accent underline">
                    {t("showThem")}
                  </Link>
                </p>
              ) : (
                <p className="mt-2">{t("tryAnother")}</p>
              )}
              <ul className="mt-4 flex flex-wrap gap-2">
                {(listing.suggestions?.steps ?? listing.steps).map((step) => (
                  <li key={step.handle}>
                    <Link
                      href={shopHref(storePath, { step: [step.handle] })}
                      className="inline-flex rounded-full border border-ink/20 bg-cream px-4 py-2 text-sm hover:border-accent"
                    >
                      {step.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {pages > 1 ? (
            <nav aria-label={t("pages")} className="mt-8 flex gap-2">
              {Array.from({ length: pages }, (_, index) => index + 1).map((page) => (
                <Link
                  key={page}
                  href={shopHref(storePath, { ...filters, page })}
                  aria-current={page === filters.page ? "page" : undefined}
                  className={`rounded-full px-3 py-1 ${page === filters.page ? "bg-ink text-cream" : "ring-1 ring-ink/20"}`}
                >
                  {page}
                </Link>
              ))}
            </nav>
          ) : null}
          <QuizInvite storePath={storePath} className="mt-12" />
        </section>
      </div>
    </main>
  )
}
