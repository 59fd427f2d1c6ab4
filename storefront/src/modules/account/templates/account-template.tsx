import { labelLines } from "@lacremeluxe/shared"
import Link from "next/link"
import { useLocale, useTranslations } from "next-intl"
import type { Customer, OrderSummary } from "@/lib/data/account"
import { deleteAddressAction, logoutAction } from "@/lib/actions/account"
import { formatMoney } from "@/lib/util/money"
import { AddressForm, DeleteAccountForm, ProfileForm } from "../components/forms"
import { SavedRoutineCard } from "../components/saved-routine"
import { ReviewWhatYouBought } from "../components/review-what-you-bought"

const card = "rounded-2xl bg-white p-6 ring-1 ring-ink/10"

export function AccountTemplate({
  storePath,
  customer,
  orders,
  countries,
  notice,
}: {
  storePath: string
  customer: Customer
  orders: (OrderSummary & { statusWords: string })[]
  countries: { code: string; name: string }[]
  notice?: string
}) {
  const locale = useLocale()
  const t = useTranslations("account")
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-4xl">{t("hello", { name: customer.firstName || customer.email })}</h1>
          <p className="mt-1 text-muted">{customer.email}</p>
        </div>
        <form action={logoutAction}>
          <input type="hidden" name="country" value={storePath} />
          <button type="submit" className="rounded-full px-5 py-2 ring-1 ring-ink/20 hover:bg-blush">
            {t("logout")}
          </button>
        </form>
      </div>
      {notice ? (
        <p role="status" className="mt-6 rounded-xl bg-green-50 p-3 text-green-900 ring-1 ring-green-200">
          {notice}
        </p>
      ) : null}

      <section aria-labelledby="orders-heading" className={`mt-8 ${card}`}>
        <h2 id="orders-heading" className="font-serif text-2xl">
          {t("orders")}
        </h2>
        {orders.length ? (
          <ul className="mt-4 divide-y divide-ink/10" aria-label={t("history")}>
            {orders.map((order) => (
              <li
                key={order.id}
                className="flex flex-wrap items-center justify-between gap-4 py-3"
                data-testid="order-row"
              >
                <Link href={`/${storePath}/account/orders/${order.id}`} className="font-semibold text-accent underline">
                  {t("order", { number: order.displayId })}
                </Link>
                <span className="text-sm text-muted">
                  {new Date(order.placedAt).toLocaleDateString(locale, { dateStyle: "medium" })} ·{" "}
                  {t("items", { count: order.itemCount })} · {order.statusWords}
                </span>
                <span>{formatMoney(order.total, order.currencyCode, locale)}</span>
                <ReviewWhatYouBought products={order.products} storePath={storePath} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4">
            {t("noOrders")}{" "}
            <Link href={`/${storePath}/guide/pore-care`} className="text-accent underline">
              {t("startWithGuide")}
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="routine-heading" className={`mt-8 ${card}`}>
        <h2 id="routine-heading" className="font-serif text-2xl">
          {t("routine")}
        </h2>
        <SavedRoutineCard routine={customer.savedRoutine} storePath={storePath} />
      </section>

      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="details-heading" className={card}>
          <h2 id="details-heading" className="mb-4 font-serif text-2xl">
            {t("details")}
          </h2>
          <ProfileForm storePath={storePath} profile={customer} />
        </section>

        <section aria-labelledby="addresses-heading" className={card}>
          <h2 id="addresses-heading" className="font-serif text-2xl">
            {t("addresses")}
          </h2>
          {customer.addresses.length ? (
            <ul className="mt-4 space-y-3" aria-label={t("addresses")}>
              {customer.addresses.map((address) => (
                <li
                  key={address.id}
                  className="flex items-start justify-between gap-4 rounded-xl bg-cream p-3"
                  data-testid="saved-address"
                >
                  <address className="not-italic">
                    {labelLines(address.display, locale).map((line) => (
                      <span key={line} className="block">
                        {line}
                      </span>
                    ))}
                  </address>
                  <form action={deleteAddressAction}>
                    <input type="hidden" name="address_id" value={address.id} />
                    <button
                      type="submit"
                      className="text-sm underline"
                      aria-label={t("deleteAddress", { address: address.address1 })}
                    >
                      {t("delete")}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-4 text-muted">{t("noAddresses")}</p>
          )}
          <details className="mt-6">
            <summary className="cursor-pointer font-semibold">{t("addAddress")}</summary>
            <div className="mt-4">
              <AddressForm storePath={storePath} countries={countries} />
            </div>
          </details>
        </section>
      </div>

      <section aria-labelledby="delete-heading" className={`mt-8 ${card}`}>
        <h2 id="delete-heading" className="font-serif text-2xl">
          {t("deleteAccount")}
        </h2>
        <p className="mt-2 text-sm text-muted">{t("deleteText")}</p>
        <div className="mt-4">
          <DeleteAccountForm storePath={storePath} />
        </div>
      </section>
    </main>
  )
}
