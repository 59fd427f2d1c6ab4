import path from "node:path"
import { defineConfig } from "vitest/config"

const root = path.resolve(__dirname, "..")

export default defineConfig({
  test: {
    root,
    include: [
      "tests/api/**/*.test.ts",
      "backend/src/**/*.test.ts",
      "packages/*/src/**/*.test.ts",
      "storefront/src/**/*.test.ts",
      "storefront/*.test.mjs",
      "scripts/**/*.test.mjs",
    ],
    exclude: ["**/node_modules/**", "**/.medusa/**"],
    // One booted store serves every file; files isolate themselves by their own carts and e-mails.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ["default", "json"],
    outputFile: { json: path.join(__dirname, "test-results", "vitest.json") },
  },
})
