import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"

/**
 * Refuses a body the schema rejects with a 400 and its sentence, and leaves the body as it is
 * otherwise: for rules of ours on Medusa's own routes, whose handlers read Medusa's validated body.
 */
export function checkBody(schema: z.ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body)
    if (!result.success) {
      res
        .status(400)
        .json({ type: "invalid_data", message: result.error.issues[0]?.message ?? "The request is not valid." })
      return
    }
    next()
  }
}
