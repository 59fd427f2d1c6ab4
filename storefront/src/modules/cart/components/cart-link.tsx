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

/** A shopping bag: the cart's picture where its word would not fit the phone's header row. */
function BagIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="h-5 w-5 sm:hidden"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinejoin="round"
    >
      <path d="M4 7h12l-1 10H5L4 7Z" />
      <path d="M7.5 9V5.5a2.5 2.5 0 0 1 5 0V9" />
    </svg>
  )
}

/**
 * The header's cart: a link to the cart page (which works before JavaScript, or opened in a
 * new tab), and a click opens the cart drawer instead. On a phone a bag and the count show
 * ("Warenkorb" and "Panier" took the header to two rows); the word stays the link's name.
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
      <a href={href} onClick={onClick} aria-haspopup="dialog" className="inline-flex items-center py-1 hover:underline">
        <BagIcon />
        <span className="sr-only sm:not-sr-only">{words.cart}</span>
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
