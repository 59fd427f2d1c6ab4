import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { splitLines } from "@lacremeluxe/shared"

/** What Medusa Admin's Guides page reads and edits. */
export const ADMIN_GUIDE_FIELDS = [
  "id",
  "handle",
  "title",
  "summary",
  "sections.*",
  "sections.product_category.id",
  "sections.product_category.name",
  "sections.product_category.handle",
  "sections.product.id",
  "sections.product.title",
  "sections.product.handle",
]

type RawSection = {
  id: string
  handle: string
  kind: string
  title: string
  body: string
  position: number
  how_often: string | null
  /** One precaution per line, as stored. */
  precautions: string | null
  product_category?: { id: string; name: string; handle: string } | null
  product?: { id: string; title: string; handle: string } | null
}

export function presentAdminSection({ product_category, product, ...section }: RawSection) {
  return {
    id: section.id,
    handle: section.handle,
    kind: section.kind,
    title: section.title,
    body: section.body,
    position: section.position,
    how_often: section.how_often,
    precautions: splitLines(section.precautions),
    category: product_category ?? null,
    bundle: product ?? null,
  }
}

type RawGuide = { id: string; handle: string; title: string; summary: string; sections: RawSection[] }

function presentAdminGuide(guide: RawGuide) {
  return {
    id: guide.id,
    handle: guide.handle,
    title: guide.title,
    summary: guide.summary,
    sections: [...guide.sections].sort((a, b) => a.position - b.position).map(presentAdminSection),
  }
}

export async function listAdminGuides(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "guide", fields: ADMIN_GUIDE_FIELDS })
  return (data as RawGuide[]).map(presentAdminGuide)
}

export async function getAdminGuide(container: MedusaContainer, handle: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "guide", fields: ADMIN_GUIDE_FIELDS, filters: { handle } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no guide called "${handle}".`)
  }
  return presentAdminGuide(data[0] as RawGuide)
}
