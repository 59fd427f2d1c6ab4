import { NEW_CART_PATH } from "@lacremeluxe/shared"

/**
 * How many cart changes one API process works on at once, and which go first (issue 14).
 *
 * Under a crowd every cart change is a workflow of 60–170 statements; started all at once they
 * share the CPU and each takes as long as all of them together. Admitted a few at a time, each
 * finishes in about its own time and the process does the same work per second. The waiting
 * ones go in lanes, most urgent first: a shopper who is paying (`complete`) before one filling in
 * the checkout form (`checkout`) before one filling a cart (`cart`) — a crowd is served in the
 * order that turns carts into orders.
 *
 * A change that holds its turn longer than `holdMs` gives it up and runs on: it is waiting on
 * something outside (a payment provider that hangs, a lock), not using the CPU, and must not keep
 * every other shopper of the process waiting behind it. Pure and unit-tested.
 */
export const LANES = ["complete", "checkout", "cart"] as const
export type Lane = (typeof LANES)[number]

type Waiter = { admit: (release: () => void) => void }

export class CheckoutLanes {
  private running = 0
  private readonly waiting: Record<Lane, Waiter[]> = { complete: [], checkout: [], cart: [] }

  constructor(
    /** Requests admitted at once. */
    readonly capacity: number,
    /** Longest wait in a lane; after it the caller is told to come back (`null`). */
    readonly maxWaitMs: number,
    /** Longest a change holds its turn; after it the turn passes on while the change runs on. */
    readonly holdMs: number
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new Error(`CheckoutLanes needs a capacity of at least 1, not ${capacity}`)
    }
  }

  /**
   * Resolves with a `release` to call once the request has been answered (idempotent), or with
   * `null` when it waited `maxWaitMs` without a turn: then nothing was started.
   */
  admit(lane: Lane): Promise<(() => void) | null> {
    if (this.running < this.capacity) {
      this.running++
      return Promise.resolve(this.releaser())
    }
    return new Promise((resolve) => {
      const waiter: Waiter = { admit: resolve }
      const timer = setTimeout(() => {
        const queue = this.waiting[lane]
        const at = queue.indexOf(waiter)
        if (at !== -1) {
          queue.splice(at, 1)
          resolve(null)
        }
      }, this.maxWaitMs)
      timer.unref?.()
      waiter.admit = (release) => {
        clearTimeout(timer)
        resolve(release)
      }
      this.waiting[lane].push(waiter)
    })
  }

  /** Requests admitted and not yet released, and those waiting per lane. */
  get load(): { running: number } & Record<Lane, number> {
    return {
      running: this.running,
      complete: this.waiting.complete.length,
      checkout: this.waiting.checkout.length,
      cart: this.waiting.cart.length,
    }
  }

  private releaser(): () => void {
    let released = false
    const release = () => {
      if (released) {
        return
      }
      released = true
      clearTimeout(held)
      const next = LANES.map((lane) => this.waiting[lane])
        .find((queue) => queue.length > 0)
        ?.shift()
      if (next) {
        // The turn passes straight on: `running` stays the same.
        next.admit(this.releaser())
      } else {
        this.running--
      }
    }
    const held = setTimeout(release, this.holdMs)
    held.unref?.()
    return release
  }
}

/** The lane of a store request, or `null` when it is not a cart change (reads are never held). */
export function laneOf(method: string, path: string): Lane | null {
  if (method !== "POST" && method !== "DELETE") {
    return null
  }
  if (/^\/store\/carts\/[^/]+\/complete\/?$/.test(path)) {
    return "complete"
  }
  if (
    /^\/store\/carts\/[^/]+\/(checkout|shipping-methods?|taxes)\/?$/.test(path) ||
    /^\/store\/payment-collections(\/|$)/.test(path)
  ) {
    return "checkout"
  }
  if (/^\/store\/carts(\/|$)/.test(path) || path.replace(/\/$/, "") === NEW_CART_PATH) {
    return "cart"
  }
  return null
}
