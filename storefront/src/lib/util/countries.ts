const countryNames = new Intl.DisplayNames(["en"], { type: "region" })

/** Countries as a form's options, by English name. */
export function countryOptions(codes: readonly string[]): { code: string; name: string }[] {
  return codes
    .map((code) => ({ code, name: countryNames.of(code.toUpperCase()) ?? code.toUpperCase() }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
