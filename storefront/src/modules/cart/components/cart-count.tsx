"use client"

import { useEffect, useState } from "react"

export const CART_CHANGED_EVENT = "lcl:cart-changed"

export type CartChangedDetail = { itemCount: number }

/** Announces a new cart count to the header, without a reload. */
export function announceCartCount(itemCount: number) {
  window.dispatchEvent(new CustomEvent<CartChangedDetail>(CART_CHANGED_EVENT, { detail: { itemCount } }))
}

/**
 * The header's cart count. Pages are static and shared by every visitor, so the count is
 * personal data fetched after load, then kept current by add-to-cart announcements. Until it is
 * known the badge keeps its size and shows no number: a "0" there told a shopper with a full cart
 * it was empty for as long as the fetch took (and let a test's "0" pass before the count came).
 * `label`: the screen reader's words before the number ("Items in cart:").
 */
export function CartCount({ label }: { label: string }) {
  const [count, setCount] = useState<number | null>(null)

  useEffect(() => {
    let active = true
    fetch("/api/cart", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { itemCount: 0 }))
      .then((body: CartChangedDetail) => active && setCount((current) => current ?? body.itemCount))
      .catch(() => {})
    const onChange = (event: Event) => setCount((event as CustomEvent<CartChangedDetail>).detail.itemCount)
    window.addEventListener(CART_CHANGED_EVENT, onChange)
    return () => {
      active = false
      window.removeEventListener(CART_CHANGED_EVENT, onChange)
    }
  }, [])

  return (
    <span
      data-testid="cart-count"
      aria-live="polite"
      className="ml-1 inline-flex h-6 min-w-6 justify-center rounded-full bg-accent px-2 text-xs font-semibold leading-6 text-cream"
    >
      {count === null ? null : (
        <>
          <span className="sr-only">{label} </span>
          {count}
        </>
      )}
    </span>
  )
}
