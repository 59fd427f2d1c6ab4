import { writeFileSync, existsSync } from "node:fs"
import { test } from "@playwright/test"
// Scratch: keeps the booted stack alive for exploration. Never committed.
test("hold", async () => {
  test.setTimeout(60 * 60_000)
  writeFileSync("/tmp/flows/env.json", JSON.stringify({
    LCL_BACKEND_URL: process.env.LCL_BACKEND_URL, LCL_STOREFRONT_URL: process.env.LCL_STOREFRONT_URL,
    LCL_PUBLISHABLE_KEY: process.env.LCL_PUBLISHABLE_KEY, LCL_DATABASE_URL: process.env.LCL_DATABASE_URL,
    LCL_BACKEND_ENV: process.env.LCL_BACKEND_ENV, MAIL_DIR: process.env.MAIL_DIR,
  }))
  const until = Date.now() + 55 * 60_000
  while (!existsSync("/tmp/flows/stop") && Date.now() < until) await new Promise((r) => setTimeout(r, 2000))
})
