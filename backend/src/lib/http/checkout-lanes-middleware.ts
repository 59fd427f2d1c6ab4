import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CheckoutLanes, laneOf } from "./checkout-lanes"
import { answerUnavailable } from "./unavailable"

/** The longest a cart change waits for its turn before the shopper is asked to try again. */
export const LANE_MAX_WAIT_MS = 25_000
/** The longest a cart change holds its turn (longer, it is waiting on something outside). */
export const LANE_HOLD_MS = 4_000
export const BUSY_RETRY_AFTER_SECONDS = 5

export const busyBody = () => ({
  type: "unavailable",
  message:
    "The store is very busy right now and could not take this step in time. Nothing was changed. Please try again in a few seconds.",
})

/**
 * Admits this process's cart changes `capacity` at a time, paying shoppers first (CheckoutLanes).
 * The turn is handed on when the answer has been sent or the connection closed, or after
 * LANE_HOLD_MS, whichever comes first; a change that waited too long is answered 503 with
 * Retry-After before anything started. A change whose shopper went away while it waited (the
 * connection closed: a reload, a lost network) gives its turn straight on, unstarted.
 */
export function holdCartChangesInLanes(capacity: number) {
  const lanes = new CheckoutLanes(capacity, LANE_MAX_WAIT_MS, LANE_HOLD_MS)
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const lane = laneOf(req.method, req.originalUrl.split("?", 1)[0])
    if (!lane) {
      return next()
    }
    const release = await lanes.admit(lane)
    if (!release) {
      answerUnavailable(res, busyBody(), BUSY_RETRY_AFTER_SECONDS)
      return
    }
    if (req.socket?.destroyed) {
      release()
      return
    }
    res.once("finish", release)
    res.once("close", release)
    next()
  }
}
