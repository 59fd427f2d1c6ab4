import { getTranslations } from "next-intl/server"
import { localeOfStore, type StoreLocation } from "@lacremeluxe/shared"
import { LanguageLinks } from "./language-links"

/** The language switch (LanguageLinks) with its label in the store's language. */
export async function LanguageSwitch({ store, className = "" }: { store: StoreLocation; className?: string }) {
  const t = await getTranslations({ locale: localeOfStore(store.country, store.language), namespace: "common" })
  return <LanguageLinks store={store} label={t("language")} className={className} />
}
