import { Module } from "@medusajs/framework/utils"
import SkincareModuleService from "./service"

export const SKINCARE_MODULE = "skincare"

export default Module(SKINCARE_MODULE, {
  service: SkincareModuleService,
})
