"use client"

import { useEffect } from "react"

/**
 * Moves the focus to the element with this id whenever `moment` changes (a new question after a
 * client-side navigation): a screen reader then reads the new question. Without JavaScript the
 * `#question` fragment of each step's URL does the same.
 */
export function FocusOnArrival({ id, moment }: { id: string; moment: string }) {
  useEffect(() => {
    document.getElementById(id)?.focus()
  }, [id, moment])
  return null
}
