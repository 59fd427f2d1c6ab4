import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { currentCustomer, customerOrders } from "@/lib/data/account"
import { customerOrderStates } from "@/lib/data/after-sale"
import { afterSaleSummary } from "@/lib/util/after-sale-words"
import { regionForCountry } from "@/lib/data/regions"
import { countryOptions } from "@/lib/util/countries"
import { AccountTemplate } from "@/modules/account/templates/account-template"

export const metadata: Metadata = { title: "Your account", robots: { index: false, follow: false } }

type Props = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ welcome?: string; reset?: string }>
}

export default async function AccountPage({ params, searchParams }: Props) {
  const [{ countryCode }, query] = await Promise.all([params, searchParams])
  const customer = await currentCustomer()
  if (!customer) {
    redirect(`/${countryCode}/account/login`)
  }
  const [orders, states, region] = await Promise.all([
    customerOrders(),
    customerOrderStates(),
    regionForCountry(countryCode),
  ])
  const withStatus = orders.map((order) => {
    const state = states.get(order.id)
    return { ...order, statusWords: state ? afterSaleSummary(state) : order.fulfillmentStatus.replace(/_/g, " ") }
  })
  const notice = query.welcome
    ? "Welcome! Your account is ready."
    : query.reset
      ? "Your new password is saved."
      : undefined
  return (
    <AccountTemplate
      countryCode={countryCode}
      customer={customer}
      orders={withStatus}
      countries={countryOptions(region?.countries ?? [])}
      notice={notice}
    />
  )
}
