import type en from "../messages/en.json"

// Typed messages: a key that English lacks fails `npm run typecheck` (and the build's type check).
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof en
  }
}
