import { describe, expect, it } from "vitest"
import { resolveGuideLink } from "./guide-links"

describe("resolveGuideLink", () => {
  it("turns category: and product: links into the visitor's country's pages", () => {
    expect(resolveGuideLink("category:mask", "de")).toBe("/de/shop/mask")
    expect(resolveGuideLink("product:cleanse-set", "us")).toBe("/us/products/cleanse-set")
  })

  it("keeps anchors, site paths and web or mail links", () => {
    expect(resolveGuideLink("#protect", "de")).toBe("#protect")
    expect(resolveGuideLink("/de/cart", "de")).toBe("/de/cart")
    expect(resolveGuideLink("https://example.org/a", "de")).toBe("https://example.org/a")
    expect(resolveGuideLink("mailto:care@example.org", "de")).toBe("mailto:care@example.org")
  })

  it("drops script and data links, protocol-relative links and malformed store links", () => {
    for (const href of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "data:text/html,<script>",
      "//evil.example",
      "vbscript:x",
      "category:../admin",
      "product:",
    ]) {
      expect(resolveGuideLink(href, "de"), href).toBeNull()
    }
  })
})
