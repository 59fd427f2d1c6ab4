import { createGuideWorkflow } from "../../workflows/create-guide"
import type { SeedContext } from "./context"
import { readGuides } from "./guide-data"

/**
 * Creates each guide in seed/guide/ that the store does not have yet. An existing guide is left
 * alone: staff edit it in Medusa Admin, and the seed never overwrites their work.
 */
export async function seedGuides(ctx: SeedContext, seedDir: string) {
  const guides = await readGuides(seedDir)
  const { data: existing } = await ctx.query.graph({
    entity: "guide",
    fields: ["handle"],
    filters: { handle: guides.map((g) => g.handle) },
  })
  const present = new Set(existing.map((g) => g.handle))
  const missing = guides.filter((guide) => !present.has(guide.handle))
  if (!missing.length) {
    return
  }
  const categoryHandles = missing.flatMap((g) => g.sections.flatMap((s) => (s.category ? [s.category] : [])))
  const bundleHandles = missing.flatMap((g) => g.sections.flatMap((s) => (s.bundle ? [s.bundle] : [])))
  const { data: categories } = await ctx.query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: categoryHandles },
  })
  const { data: bundles } = await ctx.query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: bundleHandles },
  })
  const categoryId = new Map(categories.map((c) => [c.handle, c.id]))
  const bundleId = new Map(bundles.map((b) => [b.handle, b.id]))

  for (const guide of missing) {
    await createGuideWorkflow(ctx.container).run({
      input: {
        guide: { handle: guide.handle, title: guide.title, summary: guide.summary },
        sections: guide.sections.map((section) => ({
          handle: section.handle,
          kind: section.kind,
          title: section.title,
          body: section.body,
          position: section.position,
          how_often: section.how_often ?? null,
          precautions: section.precautions,
          category_id: section.category ? (categoryId.get(section.category) ?? null) : null,
          bundle_id: section.bundle ? (bundleId.get(section.bundle) ?? null) : null,
        })),
      },
    })
    ctx.log(`created guide "${guide.title}" with ${guide.sections.length} sections`)
  }
}
