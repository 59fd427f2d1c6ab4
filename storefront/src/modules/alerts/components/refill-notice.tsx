/** The cart page's word after a refill e-mail's link: `?refill=added|failed`. */
export const REFILL_NOTICE_PARAM = "refill"

const TEXT = {
  added: "The items of your refill reminder are in your cart. Nothing is ordered until you check out.",
  failed:
    "This refill link could not fill your cart: it is not valid any more, or its products are sold out right now.",
}

export function RefillNotice({ outcome }: { outcome: string | string[] | undefined }) {
  if (outcome !== "added" && outcome !== "failed") return null
  return (
    <p
      role={outcome === "failed" ? "alert" : "status"}
      className={`mx-auto mt-6 max-w-6xl px-4 text-sm sm:px-6 ${outcome === "failed" ? "text-red-800" : "text-emerald-800"}`}
    >
      {TEXT[outcome]}
    </p>
  )
}
