/** Countries as a form's options, named and sorted in the store's language. */
export function countryOptions(codes: readonly string[], language = "en"): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([language], { type: "region" })
  return codes
    .map((code) => ({ code, name: names.of(code.toUpperCase()) ?? code.toUpperCase() }))
    .sort((a, b) => a.name.localeCompare(b.name, language))
}
