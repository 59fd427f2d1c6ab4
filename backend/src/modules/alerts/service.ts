import { MedusaService } from "@medusajs/framework/utils"
import RefillReminder from "./models/refill-reminder"
import StockAlert from "./models/stock-alert"

/** Back-in-stock alerts and refill reminders: the shopper's consent to e-mails beyond an order's own. */
class AlertsModuleService extends MedusaService({ StockAlert, RefillReminder }) {}

export default AlertsModuleService
