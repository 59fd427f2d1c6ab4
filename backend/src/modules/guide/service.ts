import { MedusaService } from "@medusajs/framework/utils"
import Guide from "./models/guide"
import GuideSection from "./models/guide-section"

class GuideModuleService extends MedusaService({ Guide, GuideSection }) {}

export default GuideModuleService
