import { countryNamer } from "@lacremeluxe/shared"
/** Countries as a form's options, named and sorted in the store's language. */
export function countryOptions(codes: readonly string[], language = "en"): { code: string; name: string }[] {
  const name = countryNamer(language)
  return codes.map((code) => ({ code, name: name(code) })).sort((a, b) => a.name.localeCompare(b.name, language))
}
