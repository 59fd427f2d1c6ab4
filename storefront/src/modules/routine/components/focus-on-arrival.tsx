"use client"

import { useEffect } from "react"

/**
 * Moves the focus to the element with this id whenever `moment` changes (a new question after a
 * client-side navigation): a screen reader then reads the new question. Without JavaScript the
 * fragment of each question's URL (QUIZ_ANCHOR) leads there.
 */
export function FocusOnArrival({ id, moment }: { id: string; moment: string }) {
  useEffect(() => {
    document.getElementById(id)?.focus({ preventScroll: true })
  }, [id, moment])
  return null
}
