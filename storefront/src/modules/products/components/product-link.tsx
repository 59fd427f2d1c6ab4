"use client"

import Link from "next/link"
import { useRouter } from "next/navigation"
import type { ComponentProps } from "react"

/** Its callers are server components: no event handlers of theirs to pass on. */
type Props = Omit<ComponentProps<typeof Link>, "href" | "prefetch" | "onMouseEnter" | "onTouchStart" | "onFocus"> & {
  href: string
}

/**
 * A link to a product page from a page that lists many of them (the guide links ~80, the shop and
 * the step pages a grid each). The product page is fetched when the shopper shows intent (a
 * pointer over the link, a finger on it, keyboard focus), not when the link scrolls into view:
 * Next's viewport prefetch watches every link with an IntersectionObserver and fetches every
 * product page on the screen, which on a phone is main-thread time while the page loads and data
 * the shopper did not ask for. A click is still one round trip: product pages are static.
 */
export function ProductLink({ href, ...props }: Props) {
  const router = useRouter()
  const prefetch = () => router.prefetch(href)
  return (
    <Link {...props} href={href} prefetch={false} onMouseEnter={prefetch} onTouchStart={prefetch} onFocus={prefetch} />
  )
}
