"use client"

import { useRouter } from "next/navigation"
import { useEffect, useRef } from "react"
import { shopRouting } from "@/lib/util/catalog-params"
import { changedBeforeHydration } from "@/lib/util/hydration"
import { closePopover, isOpen } from "@/modules/layout/components/popover-button"

/** The URL for a filter form: only the fields that are set, and no default sort. */
export function cleanQuery(form: HTMLFormElement): string {
  const params = new URLSearchParams()
  for (const [name, value] of new FormData(form)) {
    const text = String(value).trim()
    if (text && !(name === "sort" && text === "relevance")) {
      params.append(name, text)
    }
  }
  return params.toString()
}

/**
 * Applies the filter form as soon as a filter changes, to a clean URL (shareable, and the back
 * button steps through the filters). Without JavaScript the form still submits as a plain GET.
 */
export function AutoSubmit() {
  const marker = useRef<HTMLSpanElement>(null)
  const router = useRouter()
  useEffect(() => {
    const form = marker.current?.closest("form")
    if (!form) {
      return
    }
    const apply = () => {
      closePopover(form)
      const query = cleanQuery(form)
      const href = `${form.getAttribute("action")}${query ? `?${query}` : ""}`
      // One step alone goes straight to its page (the server would redirect there).
      const url = new URL(href, window.location.href)
      const routed = shopRouting(url.pathname, url.searchParams)
      router.push(routed && "redirect" in routed ? routed.redirect : href, { scroll: false })
    }
    const onChange = (event: Event) => {
      // In the phone's folded panel the shopper picks several filters, then applies them at once.
      if ((event.target as HTMLElement).dataset.autosubmit !== "off" && !isOpen(form)) {
        apply()
      }
    }
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault()
      apply()
    }
    form.addEventListener("change", onChange)
    form.addEventListener("submit", onSubmit)
    if (changedBeforeHydration(form, (control) => control.dataset.autosubmit !== "off")) {
      apply()
    }
    return () => {
      form.removeEventListener("change", onChange)
      form.removeEventListener("submit", onSubmit)
    }
  }, [router])
  return <span ref={marker} hidden />
}
