import type { Metadata } from "next"
import { links } from "@/lib/util/links"
import { privatePageMetadata } from "@/lib/util/metadata"
import { getTranslations } from "next-intl/server"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { redirect } from "next/navigation"
import { currentCustomer, customerOrders } from "@/lib/data/account"
import { customerOrderStates } from "@/lib/data/after-sale"
import { afterSaleSummary, type AfterSaleT } from "@/lib/util/after-sale-words"
import { regionForCountry } from "@/lib/data/regions"
import { countryOptions } from "@/lib/util/countries"
import { AccountTemplate } from "@/modules/account/templates/account-template"

type Props = {
  params: Promise<StoreParams>
  searchParams: Promise<{ welcome?: string; reset?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await pageStore(params)
  return privatePageMetadata((await getTranslations("account.login"))("heading"), store, links.account)
}

export default async function AccountPage({ params, searchParams }: Props) {
  const [store, query] = await Promise.all([pageStore(params), searchParams])
  const customer = await currentCustomer()
  if (!customer) {
    redirect(`/${store.path}/account/login`)
  }
  const [orders, states, region] = await Promise.all([
    customerOrders(),
    customerOrderStates(),
    regionForCountry(store.country),
  ])
  const words = (await getTranslations("afterSale")) as unknown as AfterSaleT
  const withStatus = orders.map((order) => {
    const state = states.get(order.id)
    return {
      ...order,
      statusWords: state ? afterSaleSummary(state, words, store.locale) : order.fulfillmentStatus.replace(/_/g, " "),
    }
  })
  const t = await getTranslations("account")
  const notice = query.welcome ? t("welcome") : query.reset ? t("passwordSaved") : undefined
  return (
    <AccountTemplate
      storePath={store.path}
      customer={customer}
      orders={withStatus}
      countries={countryOptions(region?.countries ?? [], store.language)}
      notice={notice}
    />
  )
}
