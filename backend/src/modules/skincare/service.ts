import { MedusaService } from "@medusajs/framework/utils"
import SkincareProfile from "./models/skincare-profile"
import VariantSize from "./models/variant-size"

class SkincareModuleService extends MedusaService({
  SkincareProfile,
  VariantSize,
}) {}

export default SkincareModuleService
