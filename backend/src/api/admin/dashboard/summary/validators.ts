import { z } from "@medusajs/framework/zod"
import { isTimeZone } from "../../../../lib/dashboard/summary"

/** `tz`: the IANA time zone whose calendar days "today" and "last 7 days" mean; UTC by default. */
export const AdminDashboardSummaryQuery = z.object({
  tz: z
    .unknown()
    .optional()
    .refine(
      (value) => value === undefined || (typeof value === "string" && value.length <= 64 && isTimeZone(value)),
      "The time zone must be an IANA name such as Europe/Berlin or UTC."
    )
    .transform((value) => (value as string | undefined) ?? "UTC"),
})

export type AdminDashboardSummaryQueryType = z.infer<typeof AdminDashboardSummaryQuery>
