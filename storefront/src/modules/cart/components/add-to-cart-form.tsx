import { useTranslations } from "next-intl"
import { AddToCartButton, type AddToCartProps } from "./add-to-cart-button"

/** The add-to-cart form (guide, product page, cart advice) with its words in the page's language. */
export function AddToCartForm(props: AddToCartProps) {
  const t = useTranslations("cart")
  return <AddToCartButton {...props} words={{ adding: t("adding"), outOfStock: t("outOfStock") }} />
}
