export function label(slug: string): string {
  const text = slug.replace(/-/g, " ").replace(/\buv\b/g, "UV")
  return text.charAt(0).toUpperCase() + text.slice(1)
}
