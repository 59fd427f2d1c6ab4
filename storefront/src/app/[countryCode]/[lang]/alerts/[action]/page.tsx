import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { MailLinkForm } from "@/modules/alerts/components/mail-link-form"
import { pageStore, type StoreParams } from "@/lib/util/store"

export const metadata: Metadata = { title: "Your e-mail alerts", robots: { index: false, follow: false } }

const PAGES = {
  confirm: {
    title: "Confirm your back-in-stock alert",
    text: "One click, and we e-mail you once when the product is back in stock.",
    button: "Confirm my alert",
  },
  unsubscribe: {
    title: "Unsubscribe",
    text: "Stop the e-mails you asked for — back-in-stock alerts or refill reminders — for this address. Your orders' own e-mails are not affected.",
    button: "Unsubscribe",
  },
} as const

type Props = {
  params: Promise<StoreParams & { action: string }>
  searchParams: Promise<{ token?: string | string[] }>
}

/** Where the links in alert and reminder e-mails lead: confirm or unsubscribe, without logging in. */
export default async function MailLinkPage({ params, searchParams }: Props) {
  await pageStore(params)
  const { action } = await params
  if (action !== "confirm" && action !== "unsubscribe") notFound()
  const token = (await searchParams).token
  const page = PAGES[action]
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">{page.title}</h1>
      <p className="mt-4">{page.text}</p>
      {typeof token === "string" && token ? (
        <MailLinkForm action={action} token={token} button={page.button} />
      ) : (
        <p className="mt-4 text-red-800">This link is not complete: open it again from the e-mail.</p>
      )}
    </main>
  )
}
