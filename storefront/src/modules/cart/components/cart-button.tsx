import { getMessages, getTranslations } from "next-intl/server"
import { storeAt } from "@/lib/i18n/form-store"
import { CartLink } from "./cart-link"

/**
 * The header's cart link and drawer, with their words in the store's language: the link's as
 * strings, the drawer's as the cart namespace it translates with once opened (its own next-intl
 * provider, loaded with the drawer).
 */
export async function CartButton({ href, storePath }: { href: string; storePath: string }) {
  const { locale } = storeAt(storePath)
  const [common, cart, messages] = await Promise.all([
    getTranslations({ locale, namespace: "common" }),
    getTranslations({ locale, namespace: "cart" }),
    getMessages({ locale }),
  ])
  return (
    <CartLink
      href={href}
      storePath={storePath}
      locale={locale}
      words={{ cart: common("cart"), itemsInCart: cart("itemsInCart") }}
      messages={{ cart: messages.cart }}
    />
  )
}
