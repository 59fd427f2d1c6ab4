import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { MailLinkForm } from "@/modules/alerts/components/mail-link-form"
import { pageStore, type StoreParams } from "@/lib/util/store"

type Props = {
  params: Promise<StoreParams & { action: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await pageStore(params)
  const t = await getTranslations({ locale: store.locale, namespace: "alerts" })
  return { title: t("metaTitle"), robots: { index: false, follow: false } }
}

/** Where the links in alert and reminder e-mails lead: confirm or unsubscribe, without logging in. */
export default async function MailLinkPage({ params, searchParams }: Props) {
  const store = await pageStore(params)
  const { action } = await params
  if (action !== "confirm" && action !== "unsubscribe") notFound()
  const t = await getTranslations({ locale: store.locale, namespace: "alerts" })
  const token = (await searchParams).token
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">{t(`${action}.title`)}</h1>
      <p className="mt-4">{t(`${action}.text`)}</p>
      {typeof token === "string" && token ? (
        <MailLinkForm action={action} token={token} button={t(`${action}.button`)} storePath={store.path} />
      ) : (
        <p className="mt-4 text-red-800">{t("incompleteLink")}</p>
      )}
    </main>
  )
}
