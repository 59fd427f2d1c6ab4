import type { RoutineFacts } from "@lacremeluxe/shared"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateSkincareProfilesStep } from "../steps/update-skincare-profiles"

export type AddRoutineFactsInput = { profiles: ({ id: string } & RoutineFacts)[] }

/**
 * Gives skincare profiles saved before the routine existed their routine facts (actives, uses a
 * week, amount per use), leaving every other field as staff left it. Run by the seed.
 */
export const addRoutineFactsWorkflow = createWorkflow("add-routine-facts", (input: AddRoutineFactsInput) => {
  const updated = updateSkincareProfilesStep(transform({ input }, ({ input }) => input.profiles))
  return new WorkflowResponse(updated)
})
