import { getTranslations } from "next-intl/server"
import { storeAt } from "@/lib/i18n/form-store"
import { SearchField } from "./search-field"

/**
 * The header's search box with its words in the store's language (the results' sentences come
 * with the search route's answer): no translation runtime in the browser.
 */
export async function SearchBox({ storePath }: { storePath: string }) {
  const { locale } = storeAt(storePath)
  const t = await getTranslations({ locale, namespace: "shop.search" })
  return (
    <SearchField
      storePath={storePath}
      locale={locale}
      words={{ label: t("label"), placeholder: t("placeholder"), results: t("results") }}
    />
  )
}
