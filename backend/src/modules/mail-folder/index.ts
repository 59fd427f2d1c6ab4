import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MailFolderNotificationService from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [MailFolderNotificationService],
})
