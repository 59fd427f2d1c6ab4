import { z } from "zod"
import { requiredText as text } from "../text.js"

export const MAX_PRECAUTIONS = 20

/** The body of POST /admin/guides/:handle/sections/:id: any of a section's fields, at least one. */
export const AdminUpdateGuideSection = z
  .strictObject({
    title: text("The title", 200).optional(),
    body: text("The text", 20_000).optional(),
    how_often: text('The "how often" line', 300).nullable().optional(),
    precautions: z
      .array(text("A precaution", 500), { error: "precautions must be a list of sentences." })
      .refine((items) => items.length <= MAX_PRECAUTIONS, `A section can have at most ${MAX_PRECAUTIONS} precautions.`)
      .optional(),
    category_id: z.string().min(1).nullable().optional(),
    bundle_id: z.string().min(1).nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: "Nothing to change: send at least one field." })

export type AdminUpdateGuideSectionType = z.infer<typeof AdminUpdateGuideSection>
