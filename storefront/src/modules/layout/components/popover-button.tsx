"use client"

import { useEffect, useRef, type ReactNode } from "react"

export const isOpen = (panel: HTMLElement) => Boolean(panel.popover) && panel.matches(":popover-open")

/** Closes a panel shown as a popover (on a phone); a no-op where the panel is laid out in the page. */
export function closePopover(panel: HTMLElement) {
  if (isOpen(panel)) {
    panel.hidePopover()
  }
}

/**
 * The button that opens a panel on a phone (the header's menu, the shop's filters). The panel is a
 * native popover (`popover` on it, `popovertarget` here): it opens and closes without JavaScript,
 * Escape and a tap outside close it, and focus goes back to this button. With JavaScript, this adds
 * aria-expanded, moves focus into the panel as it opens, and closes it when one of its links
 * navigates (the header stays on screen across client-side navigation).
 */
export function PopoverButton({
  panelId,
  className,
  children,
}: {
  panelId: string
  className?: string
  children: ReactNode
}) {
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const panel = document.getElementById(panelId)
    if (!panel) {
      return
    }
    // The panel's state lives in the DOM (the popover), not in React: mirror it on the button.
    const say = (open: boolean) => button.current?.setAttribute("aria-expanded", String(open))
    const onToggle = (event: Event) => {
      const open = (event as ToggleEvent).newState === "open"
      say(open)
      if (open) {
        const first =
          panel.querySelector<HTMLElement>("[data-first-focus]") ??
          panel.querySelector<HTMLElement>("a[href], button, input:not([type=hidden]), select")
        first?.focus()
      }
    }
    const onClick = (event: MouseEvent) => {
      if ((event.target as HTMLElement).closest("a[href]")) {
        closePopover(panel)
      }
    }
    // Opened before this script ran: say so now.
    say(isOpen(panel))
    panel.addEventListener("toggle", onToggle)
    panel.addEventListener("click", onClick)
    return () => {
      panel.removeEventListener("toggle", onToggle)
      panel.removeEventListener("click", onClick)
    }
  }, [panelId])

  return (
    <button
      ref={button}
      type="button"
      popoverTarget={panelId}
      aria-controls={panelId}
      aria-expanded={false}
      className={className}
    >
      {children}
    </button>
  )
}
