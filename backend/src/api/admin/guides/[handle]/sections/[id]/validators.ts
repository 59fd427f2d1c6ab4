import { z } from "@medusajs/framework/zod"

// Refinements rather than min/max: Medusa's validation error keeps their messages as written.
const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text.` })
    .trim()
    .refine((value) => value.length > 0, `${field} cannot be empty.`)
    .refine((value) => value.length <= max, `${field} is longer than ${max} characters.`)

export const AdminUpdateGuideSection = z
  .strictObject({
    title: text("The title", 200).optional(),
    body: text("The text", 20_000).optional(),
    how_often: text("The \"how often\" line", 300).nullable().optional(),
    precautions: z
      .array(text("A precaution", 500), { error: "precautions must be a list of sentences." })
      .max(20, "A section can have at most 20 precautions.")
      .optional(),
    category_id: z.string().min(1).nullable().optional(),
    bundle_id: z.string().min(1).nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: "Nothing to change: send at least one field." })

export type AdminUpdateGuideSectionType = z.infer<typeof AdminUpdateGuideSection>
