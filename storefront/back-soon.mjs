// When Next cannot make a page (the backend is down or restarting, and the page is personal or
// not cached), it answers 500 with an empty shell that only JavaScript fills in. The storefront's
// server answers instead with a small page of its own: status 503, Retry-After, never a stack
// trace, in the language of the store the address names (/de/… German, /de/en/… English, /fr/…
// French: the shared address scheme), with the words of src/content/back-soon.json and
// back-soon.<locale>.json, which the app's error boundary shows too.
import { readFileSync } from "node:fs"
import { DEFAULT_LOCALE, LOCALES, localeOfStore, splitStorePath, storeLocale, storePath } from "@lacremeluxe/shared"

export const RETRY_AFTER_SECONDS = 30

/** The words by store locale: back-soon.json is English, the source text; the others are named by locale. */
const WORDS = Object.fromEntries(
  LOCALES.map((locale) => {
    const file = locale === DEFAULT_LOCALE ? "back-soon.json" : `back-soon.${locale}.json`
    return [locale, JSON.parse(readFileSync(new URL(`./src/content/${file}`, import.meta.url), "utf8"))]
  })
)

const escape = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])

function render({ lang, words, home }) {
  return Buffer.from(`<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(words.title)} · LACREMELUXE</title>
<style>body{margin:0;background:#faf7f2;color:#1f1b24;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
main{max-width:36rem;margin:0 auto;padding:6rem 1.5rem;text-align:center}h1{font-family:"Iowan Old Style",Palatino,Georgia,serif;font-weight:400;font-size:1.875rem}
p{color:#5b5562}a{color:#1f1b24}</style></head>
<body><main id="main"><p style="letter-spacing:.2em">LACREMELUXE</p><h1>${escape(words.title)}</h1><p>${escape(words.message)}</p>
<p><a href="${escape(home)}">${escape(words.link)}</a></p></main></body></html>
`)
}

/** One page per store (at most countries × languages), made on first need. */
const pages = new Map()

/**
 * The 503 page for a requested address: in its store's language, linking to its store's home
 * (the routine, served from the cache meanwhile); English with a link to "/" outside the stores.
 */
export function backSoonPage(url = "/") {
  const location = splitStorePath(pathOf(url))?.location
  const key = location ? storePath(location) : ""
  if (!pages.has(key)) {
    // en-US reads the English words, as every English store does.
    const locale = location ? storeLocale(localeOfStore(location.country, location.language)) : DEFAULT_LOCALE
    pages.set(key, render({ lang: location?.language ?? "en", words: WORDS[locale], home: `/${key}` }))
  }
  return pages.get(key)
}

function pathOf(url) {
  try {
    return new URL(url, "http://x").pathname
  } catch {
    return "/"
  }
}

/** A page load (not a server action, not a static file) that Next is about to answer with 500. */
function failedPageLoad(req, res) {
  return (
    res.statusCode === 500 &&
    (req.method === "GET" || req.method === "HEAD") &&
    !req.url?.startsWith("/_next/") &&
    /^text\/html/.test(String(res.getHeader("content-type") ?? "text/html"))
  )
}

function sendBackSoon(req, res, end) {
  res.statusCode = 503
  for (const name of res.getHeaderNames()) {
    if (!["strict-transport-security", "x-content-type-options", "x-frame-options", "referrer-policy"].includes(name)) {
      res.removeHeader(name)
    }
  }
  res.setHeader("content-type", "text/html; charset=utf-8")
  res.setHeader("cache-control", "no-store")
  res.setHeader("retry-after", String(RETRY_AFTER_SECONDS))
  res.setHeader("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
  const page = backSoonPage(req.url)
  res.setHeader("content-length", String(page.length))
  end(req.method === "HEAD" ? undefined : page)
}

/** Wraps a request handler: a page Next fails to make becomes the 503 "we'll be right back" page. */
export function withBackSoonPage(handle) {
  return (req, res) => {
    const writeHead = res.writeHead.bind(res)
    const write = res.write.bind(res)
    const end = res.end.bind(res)
    let replaced = false
    const replace = () => {
      if (!replaced && !res.headersSent && failedPageLoad(req, res)) {
        replaced = true
        sendBackSoon(req, res, end)
      }
      return replaced
    }
    res.writeHead = (status, ...rest) => {
      res.statusCode = status
      // Headers given here are kept for Next's own answer; the replacement sets its own.
      const headers = rest.find((arg) => arg && typeof arg === "object")
      if (status === 500 && failedPageLoad(req, res)) {
        if (headers && !Array.isArray(headers)) {
          for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
        }
        return res
      }
      return writeHead(status, ...rest)
    }
    res.write = (chunk, ...rest) => (replace() ? true : write(chunk, ...rest))
    res.end = (chunk, ...rest) => {
      if (replace()) {
        const callback = [chunk, ...rest].find((arg) => typeof arg === "function")
        callback?.()
        return res
      }
      return end(chunk, ...rest)
    }
    return handle(req, res)
  }
}
