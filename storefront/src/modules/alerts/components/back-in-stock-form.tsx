import { useTranslations } from "next-intl"
import { BackInStockFields } from "./back-in-stock-fields"

/** On a sold-out size or set: sign up for the one "back in stock" e-mail, in the page's language. */
export function BackInStockForm({
  variantId,
  storePath,
  what,
}: {
  variantId: string
  storePath: string
  what: string
}) {
  const t = useTranslations("alertForms")
  const words = {
    label: t("formLabel", { what }),
    heading: t("heading"),
    intro: t("intro"),
    email: t("email"),
    submit: t("submit"),
    sending: t("sending"),
    privacy: t("privacy"),
  }
  return <BackInStockFields variantId={variantId} storePath={storePath} words={words} />
}
