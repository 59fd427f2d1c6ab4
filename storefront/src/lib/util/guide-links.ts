import { links } from "./links"

/**
 * Where a link in staff-written guide text may go: the store's own steps (category:…) and
 * products (product:…), anchors and site paths, or http(s)/mailto. Anything else (javascript:,
 * data:, …) is dropped: the link text stays, the link does not. Pure: unit-tested.
 */
export function resolveGuideLink(href: string, countryCode: string): string | null {
  const trimmed = href.trim()
  const separator = trimmed.indexOf(":")
  const scheme = separator > 0 ? trimmed.slice(0, separator).toLowerCase() : ""
  const target = trimmed.slice(separator + 1)
  if (scheme === "category" && /^[a-z0-9-]+$/.test(target)) {
    return links.shopStep(countryCode, target)
  }
  if (scheme === "product" && /^[a-z0-9-]+$/.test(target)) {
    return links.product(countryCode, target)
  }
  if (/^#[\w-]+$/.test(trimmed) || /^\/(?!\/)/.test(trimmed)) {
    return trimmed
  }
  if (/^(https?|mailto):/i.test(trimmed)) {
    return trimmed
  }
  return null
}
