import { model } from "@medusajs/framework/utils"
import GuideSection from "./guide-section"

/** An editorial guide (the pore-care routine), read section by section on the storefront. */
const Guide = model.define("guide", {
  id: model.id({ prefix: "guide" }).primaryKey(),
  handle: model.text().unique(),
  title: model.text().translatable(),
  summary: model.text().translatable(),
  sections: model.hasMany(() => GuideSection, { mappedBy: "guide" }),
})

export default Guide
