import type { RefillReminderView } from "@lacremeluxe/shared"
import { useFormatter, useTranslations } from "next-intl"
import { RefillReminderForm } from "./refill-reminder-form"

/**
 * The account order page's panel: the estimate per line and the reminder's switch. Without an
 * estimate it says why: the order was canceled (`orderCanceled`), or nothing in it can be estimated.
 */
export function RefillReminder({
  orderId,
  view,
  orderCanceled,
  storePath,
}: {
  orderId: string
  view: RefillReminderView
  orderCanceled: boolean
  storePath: string
}) {
  const t = useTranslations("alerts.refill")
  const format = useFormatter()
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "UTC" })
  if (!view.lines.length) {
    return view.message ? (
      <section aria-labelledby="refill-heading" className="mt-8">
        <h2 id="refill-heading" className="font-serif text-2xl">
          {t("heading")}
        </h2>
        <p className="mt-2 text-sm text-muted">{orderCanceled ? t("orderCanceled") : t("noEstimate")}</p>
      </section>
    ) : null
  }
  const status =
    view.status === "scheduled" && view.send_at
      ? t("scheduled", { date: day(view.send_at) })
      : view.status === "sent" && view.send_at
        ? t("sent", { date: day(view.send_at) })
        : view.status === "canceled"
          ? t("canceled")
          : t("none")
  return (
    <section aria-labelledby="refill-heading" className="mt-8 rounded-2xl bg-white p-4 ring-1 ring-ink/10">
      <h2 id="refill-heading" className="font-serif text-2xl">
        {t("heading")}
      </h2>
      <p className="mt-2 text-sm text-muted">{t("intro")}</p>
      <ul className="mt-3 space-y-1 text-sm">
        {view.lines.map((line) => (
          <li key={line.variant_id}>
            {t("line", { quantity: line.quantity, title: line.title, date: day(line.runs_out_at) })}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm font-semibold" data-testid="refill-status">
        {status}
      </p>
      {view.status !== "sent" ? (
        <RefillReminderForm orderId={orderId} scheduled={view.status === "scheduled"} storePath={storePath} />
      ) : null}
    </section>
  )
}
