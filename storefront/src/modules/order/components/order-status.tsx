import { labelLines } from "@lacremeluxe/shared"
import type { AfterSaleView, ReturnReason } from "@/lib/data/after-sale"
import { getLocale, getTranslations } from "next-intl/server"
import { afterSaleLines, returnWindowWords, type AfterSaleT, type ReturnWindowT } from "@/lib/util/after-sale-words"
import { ReturnForm } from "./return-form"

/** Where the order stands (shipment, tracking, delivery, refunds) and its returns, with the return form. */
export async function OrderStatus({
  view,
  storePath,
  from,
  reasons,
}: {
  view: AfterSaleView
  storePath: string
  from: "account" | "guest"
  reasons: ReturnReason[]
}) {
  const [t, afterSaleT, windowT, locale] = await Promise.all([
    getTranslations("order"),
    getTranslations("afterSale"),
    getTranslations("returnWindow"),
    getLocale(),
  ])
  const words = afterSaleT as unknown as AfterSaleT
  const windowWords = returnWindowWords(view, words, windowT as unknown as ReturnWindowT, locale)
  return (
    <>
      <section aria-labelledby="status-heading" className="mt-8">
        <h2 id="status-heading" className="font-serif text-2xl">
          {t("status")}
        </h2>
        <ul className="mt-2 space-y-1" aria-label={t("status")}>
          {afterSaleLines(view, words, locale).map((line) => (
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
          {t("returns")}
        </h2>
        {view.returns.map((ret) => (
          <div key={ret.id} className="mt-3 rounded-xl bg-cream p-4" data-testid="return">
            <p className="font-semibold">{t("returnLabel", { status: t(`returnStatus.${ret.status}`) })}</p>
            <ul className="mt-1 text-sm">
              {ret.items.map((item) => (
                <li key={item.itemId}>
                  {item.quantity} × {item.title}
                </li>
              ))}
            </ul>
            {ret.status === "requested" && view.returnAddress ? (
              <div className="mt-3 text-sm">
                <p>{t("packAndSend")}</p>
                <address className="mt-1 not-italic" aria-label={t("returnAddress")}>
                  {labelLines(view.returnAddress, locale).map((line) => (
                    <span key={line} className="block">
                      {line}
                    </span>
                  ))}
                </address>
                <p className="mt-1">{t("refundOnArrival")}</p>
              </div>
            ) : null}
          </div>
        ))}
        {windowWords ? <p className="mt-3 text-muted">{windowWords}</p> : null}
        {view.returnWindow.canStart && view.returnable.length ? (
          <details className="mt-4 rounded-xl bg-white p-4 ring-1 ring-ink/10">
            <summary className="cursor-pointer font-semibold">{t("startReturn")}</summary>
            <ReturnForm
              orderId={view.orderId}
              storePath={storePath}
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
