"use client"

import Link from "next/link"
import { NextIntlClientProvider, useTranslations, type Messages } from "next-intl"
import { useCallback, useEffect, useRef, useState } from "react"
import type { CartView } from "@/lib/data/cart-view"
import { PORE_CARE_GUIDE } from "@/lib/util/guide-handles"
import { links } from "@/lib/util/links"
import { TotalsList } from "@/modules/common/components/totals-list"
import { CART_CHANGED_EVENT } from "./cart-count"
import { CartLines } from "./cart-lines"

type Loaded = { status: "loading" } | { status: "ready"; cart: CartView | null } | { status: "error" }

type DrawerProps = { storePath: string; cartHref: string; onClose: () => void }

/** What the drawer and its lines translate with: the cart namespace. */
export type CartDrawerMessages = Pick<Messages, "cart">

/**
 * The drawer with its own next-intl provider: no page has one above the header (see the root
 * layout), and this chunk is fetched on the first open only.
 */
export function CartDrawer({
  locale,
  messages,
  ...props
}: DrawerProps & { locale: string; messages: CartDrawerMessages }) {
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      <Drawer {...props} />
    </NextIntlClientProvider>
  )
}

/**
 * The cart in a side panel: lines with quantity and remove, totals, and the way to checkout.
 * A native modal <dialog>: focus moves into it and stays there, Escape closes it, the page
 * behind is inert. Its content is the visitor's own cart, fetched fresh on open and after
 * every change.
 */
function Drawer({ storePath, cartHref, onClose }: DrawerProps) {
  const t = useTranslations("cart")
  const dialog = useRef<HTMLDialogElement>(null)
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" })

  const load = useCallback(() => {
    fetch("/api/cart?view=lines", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((body: { cart: CartView | null }) => setLoaded({ status: "ready", cart: body.cart }))
      .catch(() => setLoaded({ status: "error" }))
  }, [])

  useEffect(() => {
    dialog.current?.showModal()
    load()
    window.addEventListener(CART_CHANGED_EVENT, load)
    return () => window.removeEventListener(CART_CHANGED_EVENT, load)
  }, [load])

  const cart = loaded.status === "ready" ? loaded.cart : null
  const empty = loaded.status === "ready" && (!cart || !cart.lines.length)
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && dialog.current?.close()}
      aria-labelledby="cart-drawer-title"
      className="m-0 ml-auto h-dvh max-h-dvh w-full max-w-md bg-cream p-0 text-ink backdrop:bg-ink/40"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between border-b border-ink/10 px-6 py-4">
          <h2 id="cart-drawer-title" className="font-serif text-2xl">
            {t("title")}
          </h2>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-full px-3 py-1 text-sm underline"
          >
            {t("close")}
          </button>
        </div>
        <div className="flex-1 overflow-y-auto px-6" aria-busy={loaded.status === "loading"}>
          {loaded.status === "loading" ? <p className="py-6 text-muted">{t("loading")}</p> : null}
          {loaded.status === "error" ? (
            <p role="alert" className="py-6">
              {t("loadFailed")}{" "}
              <a href={cartHref} className="text-accent underline">
                {t("openCartPage")}
              </a>
            </p>
          ) : null}
          {empty ? (
            <p className="py-6">
              {t("empty")}{" "}
              <Link
                href={links.guide(storePath, PORE_CARE_GUIDE)}
                onClick={() => dialog.current?.close()}
                className="text-accent underline"
              >
                {t("startWithGuide")}
              </Link>
            </p>
          ) : null}
          {cart && cart.lines.length ? (
            <CartLines lines={cart.lines} currencyCode={cart.currencyCode} storePath={storePath} compact />
          ) : null}
        </div>
        {cart && cart.lines.length ? (
          <div className="border-t border-ink/10 px-6 py-4 text-sm">
            <TotalsList totals={cart.totals} currencyCode={cart.currencyCode} shippingLabel={t("shippingAtCheckout")} />
            <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
              <a href={cartHref} className="underline">
                {t("viewCart")}
              </a>
              <a
                href={links.checkout(storePath)}
                className="rounded-full bg-ink px-6 py-3 font-semibold text-cream hover:bg-accent"
              >
                {t("toCheckout")}
              </a>
            </div>
          </div>
        ) : null}
      </div>
    </dialog>
  )
}
