import { readFile } from "node:fs/promises"
import { createProductTypesWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"

/**
 * The seeded products (or bundles) the store never had. A product staff deleted counts as had:
 * the seed does not bring it back.
 */
export async function neverCreated<T extends { handle: string }>(ctx: SeedContext, seeded: T[]): Promise<T[]> {
  const { data: existing } = await ctx.query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: seeded.map((product) => product.handle) },
    withDeleted: true,
  })
  const present = new Set(existing.map((product) => product.handle))
  return seeded.filter((product) => !present.has(product.handle))
}

/** Product types by value, created when missing; returns value → id. */
export async function ensureProductTypes(ctx: SeedContext, typeValues: string[]): Promise<Record<string, string>> {
  const values = [...new Set(typeValues)]
  const { data: existing } = await ctx.query.graph({
    entity: "product_type",
    fields: ["id", "value"],
    filters: { value: values },
  })
  const ids: Record<string, string> = Object.fromEntries(existing.map((t) => [t.value, t.id]))
  const missing = values.filter((value) => !ids[value])
  if (missing.length) {
    const { result } = await createProductTypesWorkflow(ctx.container).run({
      input: { product_types: missing.map((value) => ({ value })) },
    })
    for (const type of result) {
      ids[type.value] = type.id
    }
  }
  return ids
}

/** Uploads images through the File Module; returns handle → URL. */
export async function uploadImages(
  ctx: SeedContext,
  images: { handle: string; file: string; name: string }[]
): Promise<Record<string, string>> {
  if (!images.length) {
    return {}
  }
  const files = await Promise.all(
    images.map(async (image) => ({
      filename: image.name,
      mimeType: image.name.endsWith(".svg") ? "image/svg+xml" : "image/webp",
      content: (await readFile(image.file)).toString("base64"),
      access: "public" as const,
    }))
  )
  const { result } = await uploadFilesWorkflow(ctx.container).run({ input: { files } })
  return Object.fromEntries(images.map((image, index) => [image.handle, result[index].url]))
}
