import Link from "next/link"
import { shopHref } from "@/lib/util/catalog-params"
import { PORE_CARE_GUIDE } from "@/lib/util/guide-handles"
import { LEGAL_PAGES } from "@/lib/util/legal"
import { links } from "@/lib/util/links"

export function SiteFooter({ countryCode }: { countryCode: string }) {
  return (
    <footer className="mt-16 border-t border-ink/10 bg-blush/40">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:grid-cols-4 sm:px-6">
        <div>
          <p className="font-serif text-xl tracking-[0.2em]">LACREMELUXE</p>
          <p className="mt-2 text-muted">Pore care, step by step.</p>
        </div>
        <nav aria-label="Shop">
          <p className="font-semibold">Shop</p>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href={shopHref(countryCode, {})} className="hover:underline">
                All products
              </Link>
            </li>
            <li>
              <Link href={shopHref(countryCode, { pregnancy_safe: "true" })} className="hover:underline">
                Pregnancy-safe
              </Link>
            </li>
            <li>
              <Link href={shopHref(countryCode, { fragrance_free: "true" })} className="hover:underline">
                Fragrance-free
              </Link>
            </li>
            <li>
              <Link href={links.cart(countryCode)} className="hover:underline">
                Cart
              </Link>
            </li>
            <li>
              <Link href={links.orderLookup(countryCode)} className="hover:underline">
                Find your order
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-label="Learn">
          <p className="font-semibold">Learn</p>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href={links.guide(countryCode, PORE_CARE_GUIDE)} className="hover:underline">
                The pore-care guide
              </Link>
            </li>
            <li>
              <Link
                href={`${links.guide(countryCode, PORE_CARE_GUIDE)}#tips-and-precautions`}
                className="hover:underline"
              >
                Tips and precautions
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-label="Legal">
          <p className="font-semibold">Legal</p>
          <ul className="mt-2 space-y-1">
            {LEGAL_PAGES.map((page) => (
              <li key={page.slug}>
                <Link href={links.legal(countryCode, page.slug)} className="hover:underline">
                  {page.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  )
}
