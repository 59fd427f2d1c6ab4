"use client"

import { useEffect } from "react"
import { announceCartCount } from "./cart-count"

/** Shown after an order is placed: the header's cart count goes back to zero. */
export function CartCleared() {
  useEffect(() => announceCartCount(0), [])
  return null
}
