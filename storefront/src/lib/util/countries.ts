import { countryName } from "@lacremeluxe/shared"
/** Countries as a form's options, named and sorted in the store's language. */
export function countryOptions(codes: readonly string[], language = "en"): { code: string; name: string }[] {
  return codes
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language))
}
