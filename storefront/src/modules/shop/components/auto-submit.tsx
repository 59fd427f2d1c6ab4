"use client"

import { useRouter } from "next/navigation"
import { useEffect, useRef } from "react"

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
 * Whether a filter was changed before this script ran (a quick shopper on a slow connection):
 * React keeps what the shopper chose when it hydrates, so it differs from the page's defaults.
 */
function changedBeforeHydration(form: HTMLFormElement): boolean {
  return Array.from(form.elements).some((element) => {
    if (!(element instanceof HTMLElement) || element.dataset.autosubmit === "off") {
      return false
    }
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
      return element.checked !== element.defaultChecked
    }
    if (element instanceof HTMLSelectElement) {
      return Array.from(element.options).some((option) => option.selected !== option.defaultSelected)
    }
    return false
  })
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
      const query = cleanQuery(form)
      router.push(`${form.getAttribute("action")}${query ? `?${query}` : ""}`, { scroll: false })
    }
    const onChange = (event: Event) => {
      if ((event.target as HTMLElement).dataset.autosubmit !== "off") {
        apply()
      }
    }
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault()
      apply()
    }
    form.addEventListener("change", onChange)
    form.addEventListener("submit", onSubmit)
    if (changedBeforeHydration(form)) {
      apply()
    }
    return () => {
      form.removeEventListener("change", onChange)
      form.removeEventListener("submit", onSubmit)
    }
  }, [router])
  return <span ref={marker} hidden />
}
