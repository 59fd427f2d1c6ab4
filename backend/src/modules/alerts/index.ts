import { Module } from "@medusajs/framework/utils"
import AlertsModuleService from "./service"

export const ALERTS_MODULE = "alerts"

export default Module(ALERTS_MODULE, {
  service: AlertsModuleService,
})
