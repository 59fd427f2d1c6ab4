import type { RefillReminderView } from "@lacremeluxe/shared"
import { RefillReminderForm } from "./refill-reminder-form"

const TEXT = {
  heading: "Refill reminder",
  intro:
    "From each product's size, the amount per use and how often a routine uses it, we estimate when it runs out. One e-mail a few days before brings a link that puts the same items in your cart.",
  runsOut: "runs out about",
  scheduled: (date: string) => `On: we e-mail you on ${date}.`,
  sent: (date: string) => `Sent on ${date}.`,
  canceled: "Off.",
  none: "Not switched on.",
}

const day = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" })

/** The account order page's panel: the estimate per line and the reminder's switch. */
export function RefillReminder({ orderId, view }: { orderId: string; view: RefillReminderView }) {
  if (!view.lines.length) {
    return view.message ? (
      <section aria-labelledby="refill-heading" className="mt-8">
        <h2 id="refill-heading" className="font-serif text-2xl">
          {TEXT.heading}
        </h2>
        <p className="mt-2 text-sm text-muted">{view.message}</p>
      </section>
    ) : null
  }
  const status =
    view.status === "scheduled" && view.send_at
      ? TEXT.scheduled(day(view.send_at))
      : view.status === "sent" && view.send_at
        ? TEXT.sent(day(view.send_at))
        : view.status === "canceled"
          ? TEXT.canceled
          : TEXT.none
  return (
    <section aria-labelledby="refill-heading" className="mt-8 rounded-2xl bg-white p-4 ring-1 ring-ink/10">
      <h2 id="refill-heading" className="font-serif text-2xl">
        {TEXT.heading}
      </h2>
      <p className="mt-2 text-sm text-muted">{TEXT.intro}</p>
      <ul className="mt-3 space-y-1 text-sm">
        {view.lines.map((line) => (
          <li key={line.variant_id}>
            {line.quantity} × {line.title} — {TEXT.runsOut} {day(line.runs_out_at)}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm font-semibold" data-testid="refill-status">
        {status}
      </p>
      {view.status !== "sent" ? <RefillReminderForm orderId={orderId} scheduled={view.status === "scheduled"} /> : null}
    </section>
  )
}
