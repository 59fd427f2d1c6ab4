import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ALERTS_MODULE } from "../../../modules/alerts"
import type AlertsModuleService from "../../../modules/alerts/service"
import { itemsColumn, type RefillReminderRecord } from "../../../modules/alerts/types"
import type { RefillPlan } from "./estimate-refill"

type Undo = { created?: string; previous?: Partial<RefillReminderRecord> & { id: string } }

/**
 * The order's one reminder: created, or scheduled again with the new estimate after an opt-out.
 * One already sent stays sent. Undone by deleting or restoring.
 */
export const saveRefillReminderStep = createStep(
  "save-refill-reminder",
  async (plan: RefillPlan, { container }) => {
    const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
    const [existing] = await alerts.listRefillReminders({ order_id: plan.order_id }, { take: 1 })
    if (existing?.status === "sent") {
      return new StepResponse(existing, {} as Undo)
    }
    const values = { ...plan, items: itemsColumn(plan.items), status: "scheduled" as const }
    if (existing) {
      const updated = await alerts.updateRefillReminders({ id: existing.id, ...values })
      const previous = {
        id: existing.id,
        status: existing.status,
        runs_out_at: existing.runs_out_at,
        send_at: existing.send_at,
        items: existing.items,
      }
      return new StepResponse(updated, { previous } as Undo)
    }
    const created = await alerts.createRefillReminders(values)
    return new StepResponse(created, { created: created.id } as Undo)
  },
  async (undo, { container }) => {
    const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
    if (undo?.created) await alerts.deleteRefillReminders(undo.created)
    if (undo?.previous) await alerts.updateRefillReminders(undo.previous)
  }
)
