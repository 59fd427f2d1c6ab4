export type UpdateGuideSectionInput = {
  guide_id: string
  section_id: string
  title?: string
  body?: string
  how_often?: string | null
  precautions?: string[]
  category_id?: string | null
  bundle_id?: string | null
}
