import { readFileSync } from "node:fs"
import { createServer } from "node:http"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { withBackSoonPage } from "./back-soon.mjs"

// Stands in for Next: answers as told by the query, the way Next writes a failed page (500, HTML
// shell, streamed) or anything else.
function next(req, res) {
  const query = new URL(req.url, "http://x").searchParams
  const type = query.get("type")
  res.statusCode = Number(query.get("status"))
  res.setHeader("content-type", type === "json" ? "application/json" : "text/html; charset=utf-8")
  res.setHeader("x-frame-options", "DENY")
  res.write(`<html id="__next_error__">Error: connect ECONNREFUSED`)
  res.end(" at fetch (x.js:1:2)</html>")
}

let server
let base
beforeAll(async () => {
  server = createServer(withBackSoonPage(next))
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${server.address().port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

/** The words the app's error boundary shows too (src/content), with the page's HTML escaping. */
function wordsOf(file) {
  const words = JSON.parse(readFileSync(new URL(`./src/content/${file}`, import.meta.url), "utf8"))
  const html = (text) => text.replace(/'/g, "&#39;")
  return { title: html(words.title), message: html(words.message), link: html(words.link) }
}

describe("the storefront's 503 page", () => {
  it("replaces a page load Next failed to make: 503, Retry-After, no-store, the friendly words, no trace", async () => {
    const response = await fetch(`${base}/de/en/cart?status=500`)
    expect(response.status).toBe(503)
    expect(response.headers.get("retry-after")).toBe("30")
    expect(response.headers.get("cache-control")).toBe("no-store")
    expect(response.headers.get("x-frame-options")).toBe("DENY")
    const html = await response.text()
    expect(html).toContain("<h1>We&#39;ll be right back</h1>")
    expect(html).not.toMatch(/ECONNREFUSED|__next_error__|x\.js/)
  })

  it("answers in the language of the store the address names, linking to that store's home", async () => {
    const pages = [
      { path: "/de/checkout", lang: "de", file: "back-soon.de-DE.json", home: "/de" },
      { path: "/fr/account/orders/order_1", lang: "fr", file: "back-soon.fr-FR.json", home: "/fr" },
      { path: "/de/fr/cart", lang: "fr", file: "back-soon.fr-FR.json", home: "/de/fr" },
      { path: "/fr/en/cart", lang: "en", file: "back-soon.json", home: "/fr/en" },
      { path: "/us/cart", lang: "en", file: "back-soon.json", home: "/us" },
      { path: "/no-store/page", lang: "en", file: "back-soon.json", home: "/" },
    ]
    for (const { path, lang, file, home } of pages) {
      const response = await fetch(`${base}${path}?status=500`)
      expect(response.status, path).toBe(503)
      const html = await response.text()
      const words = wordsOf(file)
      expect(html, path).toContain(`<html lang="${lang}">`)
      expect(html, path).toContain(`<h1>${words.title}</h1><p>${words.message}</p>`)
      expect(html, path).toContain(`<a href="${home}">${words.link}</a>`)
    }
    // German and French are not English.
    expect(wordsOf("back-soon.de-DE.json").title).toBe("Wir sind gleich wieder da")
    expect(wordsOf("back-soon.fr-FR.json").title).toBe("Nous revenons tout de suite")
  })

  it("leaves other answers alone: successes, JSON, server actions, static files", async () => {
    expect((await fetch(`${base}/de?status=200`)).status).toBe(200)
    expect((await fetch(`${base}/api/cart?status=500&type=json`)).status).toBe(500)
    expect((await fetch(`${base}/de/checkout?status=500`, { method: "POST" })).status).toBe(500)
    expect((await fetch(`${base}/_next/static/chunks/x.js?status=500`)).status).toBe(500)
  })
})
