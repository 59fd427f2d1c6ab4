import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { type CrashPoint, readRuntimeConfig } from "../../lib/runtime-config"

/**
 * Fault tests only: with CRASH_AT set (refused in production), the backend kills itself with
 * SIGKILL at a fixed point of cart completion, as a power cut or the OOM killer would.
 * - `during-completion`: the order, its links, its reservations and the cart's `completed_at`
 *   are written; the payment is not authorised yet (hook `beforePaymentAuthorization`).
 * - `after-authorize`: the payment is authorised and recorded; the workflow's lock, its
 *   `order.placed` event and its execution record are not finished (hook `orderCreated`).
 * The reconciliation (workflows/reconcile-checkouts) settles what either leaves behind.
 * Without CRASH_AT both handlers do nothing.
 */
const crashAt = readRuntimeConfig(process.env).crashAt

function crashIfAt(point: CrashPoint) {
  if (crashAt === point) {
    process.kill(process.pid, "SIGKILL")
  }
}

// Declared by completeCartWorkflow but left out of its typed hooks.
const hooks = completeCartWorkflow.hooks as typeof completeCartWorkflow.hooks &
  Record<"beforePaymentAuthorization" | "orderCreated", (handler: () => void) => void>

hooks.beforePaymentAuthorization(() => crashIfAt("during-completion"))
hooks.orderCreated(() => crashIfAt("after-authorize"))
