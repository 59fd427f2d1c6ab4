import type { AfterSaleView, ReturnReason } from "@/lib/data/after-sale"
import { afterSaleLines, returnWindowWords } from "@/lib/util/after-sale-words"
import { ReturnForm } from "./return-form"

const RETURN_STATUS: Record<AfterSaleView["returns"][number]["status"], string> = {
  requested: "Started — we're waiting for your parcel",
  partially_received: "Partly received",
  received: "Received",
}

/** Where the order stands (shipment, tracking, delivery, refunds) and its returns, with the return form. */
export function OrderStatus({
  view,
  countryCode,
  from,
  reasons,
}: {
  view: AfterSaleView
  countryCode: string
  from: "account" | "guest"
  reasons: ReturnReason[]
}) {
  const windowWords = returnWindowWords(view)
  return (
    <>
      <section aria-labelledby="status-heading" className="mt-8">
        <h2 id="status-heading" className="font-serif text-2xl">
          Order status
        </h2>
        <ul className="mt-2 space-y-1" aria-label="Order status">
          {afterSaleLines(view).map((line) => (
            <li key={line.text}>
              {line.text}
              {line.link ? (
                <>
                  {" — "}
                  <a href={line.link.href} target="_blank" rel="noopener noreferrer" className="text-accent underline">
                    {line.link.label}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="returns-heading" className="mt-8">
        <h2 id="returns-heading" className="font-serif text-2xl">
          Returns
        </h2>
        {view.returns.map((ret) => (
          <div key={ret.id} className="mt-3 rounded-xl bg-cream p-4" data-testid="return">
            <p className="font-semibold">Return: {RETURN_STATUS[ret.status]}</p>
            <ul className="mt-1 text-sm">
              {ret.items.map((item) => (
                <li key={item.itemId}>
                  {item.quantity} × {item.title}
                </li>
              ))}
            </ul>
            {ret.status === "requested" && view.returnAddress ? (
              <div className="mt-3 text-sm">
                <p>Please pack the items well and send them within 14 days to:</p>
                <address className="mt-1 not-italic" aria-label="Return address">
                  {[view.returnAddress.name, ...view.returnAddress.lines].map((line) => (
                    <span key={line} className="block">
                      {line}
                    </span>
                  ))}
                </address>
                <p className="mt-1">We refund you once the parcel has arrived; you'll get an e-mail.</p>
              </div>
            ) : null}
          </div>
        ))}
        {windowWords ? <p className="mt-3 text-muted">{windowWords}</p> : null}
        {view.returnWindow.canStart && view.returnable.length ? (
          <details className="mt-4 rounded-xl bg-white p-4 ring-1 ring-ink/10">
            <summary className="cursor-pointer font-semibold">Start a return</summary>
            <ReturnForm
              orderId={view.orderId}
              countryCode={countryCode}
              from={from}
              returnable={view.returnable}
              reasons={reasons}
            />
          </details>
        ) : null}
      </section>
    </>
  )
}
