import { defineConfig, devices } from "@playwright/test"

const storefrontUrl = process.env.LCL_STOREFRONT_URL ?? "http://localhost:8000"

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results/playwright",
  fullyParallel: false,
  // A `test.only` left in a file would silently skip the rest of the suite in CI.
  forbidOnly: Boolean(process.env.CI),
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "./test-results/playwright.json" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: storefrontUrl,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: browsers are never downloaded here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
})
