"use client"

import { lazy, Suspense, useState, type MouseEvent } from "react"
import type { CartDrawerMessages } from "./cart-drawer"
import { CartCount } from "./cart-count"

// The drawer's code (and next-intl's client runtime, which it alone uses here) is fetched on the
// first open, so static pages carry only this link. React.lazy rather than next/dynamic: the
// drawer is never rendered on the server (closed), and next/dynamic's loader weighs ~2 KB.
const CartDrawer = lazy(() => import("./cart-drawer").then((m) => ({ default: m.CartDrawer })))

type Props = {
  href: string
  storePath: string
  locale: string
  words: { cart: string; itemsInCart: string }
  /** The drawer's messages (the cart namespace), from the server: see CartButton. */
  messages: CartDrawerMessages
}

/**
 * The header's cart: a link to the cart page (which works before JavaScript, or opened in a
 * new tab), and a click opens the cart drawer instead.
 */
export function CartLink({ href, storePath, locale, words, messages }: Props) {
  const [open, setOpen] = useState(false)
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) {
      return
    }
    event.preventDefault()
    setOpen(true)
  }
  return (
    <>
      <a href={href} onClick={onClick} aria-haspopup="dialog" className="inline-flex items-center hover:underline">
        {words.cart}
        <CartCount label={words.itemsInCart} />
      </a>
      {open ? (
        <Suspense fallback={null}>
          <CartDrawer
            storePath={storePath}
            cartHref={href}
            locale={locale}
            messages={messages}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </>
  )
}
