import { describe, expect, it } from "vitest"
import { admin, adminToken } from "../support/api"
import { stack } from "../support/stack"

async function guidePageHtml() {
  const response = await fetch(`${stack.storefrontUrl}/ie/guide/pore-care`)
  return response.text()
}

describe("staff-written guide text cannot inject script into the storefront", () => {
  it("renders HTML as nothing and script links as plain text, once the page regenerates", async () => {
    const token = await adminToken()
    const { body } = await admin("/admin/guides/pore-care", { token })
    const intro = body.guide.sections.find((s: { kind: string }) => s.kind === "intro")
    const marker = `marker-${Date.now().toString(36)}`
    const hostile = [
      intro.body,
      `<script>window.pwned = "${marker}"</script>`,
      `<img src=x onerror="window.pwned=1"> [click me ${marker}](javascript:alert(1)) [data](data:text/html,hi)`,
    ].join("\n\n")
    const saved = await admin(`/admin/guides/pore-care/sections/${intro.id}`, { token, body: { body: hostile } })
    expect(saved.status).toBe(200)
    try {
      let html = ""
      await expect
        .poll(
          async () => {
            html = await guidePageHtml()
            return html.includes(`click me ${marker}`)
          },
          { timeout: 30_000, interval: 500 }
        )
        .toBe(true)
      expect(html).not.toContain(`window.pwned = &quot;${marker}`)
      expect(html).not.toContain(`window.pwned = "${marker}"`)
      expect(html).not.toMatch(/onerror=/i)
      expect(html).not.toMatch(/href="javascript:/i)
      expect(html).not.toMatch(/href="data:/i)
    } finally {
      await admin(`/admin/guides/pore-care/sections/${intro.id}`, { token, body: { body: intro.body } })
    }
  })
})
