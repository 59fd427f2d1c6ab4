"use client"

import dynamic from "next/dynamic"
import { useState, type MouseEvent } from "react"
import { useTranslations } from "next-intl"
import { CartCount } from "./cart-count"

// The drawer's code is fetched on the first open, so static pages carry only this button.
const CartDrawer = dynamic(() => import("./cart-drawer").then((m) => m.CartDrawer), { ssr: false })

/**
 * The header's cart: a link to the cart page (which works before JavaScript, or opened in a
 * new tab), and a click opens the cart drawer instead.
 */
export function CartButton({ href, storePath }: { href: string; storePath: string }) {
  const t = useTranslations("common")
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
        {t("cart")}
        <CartCount />
      </a>
      {open ? <CartDrawer storePath={storePath} cartHref={href} onClose={() => setOpen(false)} /> : null}
    </>
  )
}
