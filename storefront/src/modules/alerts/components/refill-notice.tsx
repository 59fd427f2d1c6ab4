import { useTranslations } from "next-intl"

/** The cart page's word after a refill e-mail's link: `?refill=added|failed`. */
export const REFILL_NOTICE_PARAM = "refill"

export function RefillNotice({ outcome }: { outcome: string | string[] | undefined }) {
  const t = useTranslations("alerts.refill")
  if (outcome !== "added" && outcome !== "failed") return null
  return (
    <p
      role={outcome === "failed" ? "alert" : "status"}
      className={`mx-auto mt-6 max-w-6xl px-4 text-sm sm:px-6 ${outcome === "failed" ? "text-red-800" : "text-emerald-800"}`}
    >
      {t(outcome)}
    </p>
  )
}
