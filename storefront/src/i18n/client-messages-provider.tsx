import type { ReactNode } from "react"
import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { clientMessages } from "./client-messages"

type Props = { children: ReactNode; params: Promise<StoreParams> }

/**
 * The layout of the sections whose client components translate with useTranslations (account,
 * cart, checkout, order, routine): their pages get next-intl's client provider with the
 * namespaces of client-messages.ts. The root layout has no provider, so next-intl's client
 * runtime (use-intl with its ICU parser, ~12 KB gzipped) stays off the guide, the shop and the
 * product pages, whose client components get their words as props (issue 14). A client component
 * that translates outside these sections fails its page: give it words as props instead.
 */
export default async function WithClientMessages({ children, params }: Props) {
  const store = await pageStore(params)
  const messages = await getMessages({ locale: store.locale })
  return (
    <NextIntlClientProvider locale={store.locale} messages={clientMessages(messages)}>
      {children}
    </NextIntlClientProvider>
  )
}
