import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { shopHref } from "@/lib/util/catalog-params"
import { PORE_CARE_GUIDE } from "@/lib/util/guide-handles"
import { LEGAL_PAGES } from "@/lib/util/legal"
import { links } from "@/lib/util/links"

export async function SiteFooter({ storePath }: { storePath: string }) {
  const t = await getTranslations("footer")
  return (
    <footer className="mt-16 border-t border-ink/10 bg-blush/40">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:grid-cols-4 sm:px-6">
        <div>
          <p className="font-serif text-xl tracking-[0.2em]">LACREMELUXE</p>
          <p className="mt-2 text-muted">{t("tagline")}</p>
        </div>
        <nav aria-label={t("shop")}>
          <p className="font-semibold">{t("shop")}</p>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href={shopHref(storePath, {})} className="hover:underline">
                {t("allProducts")}
              </Link>
            </li>
            <li>
              <Link href={shopHref(storePath, { pregnancy_safe: "true" })} className="hover:underline">
                {t("pregnancySafe")}
              </Link>
            </li>
            <li>
              <Link href={shopHref(storePath, { fragrance_free: "true" })} className="hover:underline">
                {t("fragranceFree")}
              </Link>
            </li>
            <li>
              <Link href={links.cart(storePath)} className="hover:underline">
                {t("cart")}
              </Link>
            </li>
            <li>
              <Link href={links.orderLookup(storePath)} className="hover:underline">
                {t("findOrder")}
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-label={t("learn")}>
          <p className="font-semibold">{t("learn")}</p>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href={links.guide(storePath, PORE_CARE_GUIDE)} className="hover:underline">
                {t("guide")}
              </Link>
            </li>
            <li>
              <Link
                href={`${links.guide(storePath, PORE_CARE_GUIDE)}#tips-and-precautions`}
                className="hover:underline"
              >
                {t("tips")}
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-label={t("legal")}>
          <p className="font-semibold">{t("legal")}</p>
          <ul className="mt-2 space-y-1">
            {LEGAL_PAGES.map((page) => (
              <li key={page.slug}>
                <Link href={links.legal(storePath, page.slug)} className="hover:underline">
                  {t(`legalPages.${page.slug}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  )
}
