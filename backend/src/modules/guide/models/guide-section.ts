import { model } from "@medusajs/framework/utils"
import { GUIDE_SECTION_KINDS } from "@lacremeluxe/shared"
import Guide from "./guide"

/**
 * One section of a guide, in order. A step section also has a "how often" line, its precautions,
 * and (through module links) its product category and its "shop this step" bundle.
 */
const GuideSection = model
  .define("guide_section", {
    id: model.id({ prefix: "gsec" }).primaryKey(),
    handle: model.text(),
    kind: model.enum([...GUIDE_SECTION_KINDS]),
    title: model.text().translatable(),
    body: model.text().translatable(),
    position: model.number(),
    how_often: model.text().translatable().nullable(),
    // One precaution per line: only text translates (the API answers a list, see lib/guide).
    precautions: model.text().translatable().default(""),
    guide: model.belongsTo(() => Guide, { mappedBy: "sections" }),
  })
  .indexes([{ on: ["guide_id", "handle"], unique: true, where: "deleted_at IS NULL" }])

export default GuideSection
