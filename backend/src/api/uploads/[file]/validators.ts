import { z } from "@medusajs/framework/zod"

/** A file the File Module's local provider wrote: a flat name, never a path. */
export const UploadParams = z.object({
  file: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.(svg|webp|png|jpe?g|avif)$/, "Unknown file name")
    .refine((name) => !name.includes(".."), "Unknown file name"),
})
