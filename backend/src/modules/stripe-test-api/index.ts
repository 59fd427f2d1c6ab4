import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripeTestApiProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [StripeTestApiProviderService],
})
