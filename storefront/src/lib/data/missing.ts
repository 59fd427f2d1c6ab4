import "server-only"
import { FetchError } from "@medusajs/js-sdk"

/**
 * For `.catch`: the backend's 404 means there is none (a cart that is gone) and gives `none`;
 * anything else, a backend that cannot be reached above all, is thrown on, so the page says
 * "we'll be right back" (503) instead of showing an empty cart.
 */
export function noneIfMissing<T>(none: T) {
  return (error: unknown): T => {
    if (error instanceof FetchError && error.status === 404) {
      return none
    }
    throw error
  }
}
