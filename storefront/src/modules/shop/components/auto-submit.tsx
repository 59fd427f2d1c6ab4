"use client"

import { useEffect, useRef } from "react"

/** Applies the filter form as soon as a filter changes (the button still works without JS). */
export function AutoSubmit() {
  const marker = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const form = marker.current?.closest("form")
    if (!form) {
      return
    }
    const onChange = (event: Event) => {
      if ((event.target as HTMLElement).dataset.autosubmit !== "off") {
        form.requestSubmit()
      }
    }
    form.addEventListener("change", onChange)
    return () => form.removeEventListener("change", onChange)
  }, [])
  return <span ref={marker} hidden />
}
