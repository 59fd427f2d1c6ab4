/** An address's parts as Medusa keeps them (a cart's, an order's, the address book's, a warehouse's). */
export type PostalAddressParts = {
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  country_code?: string | null
}

/**
 * An address as the store shows it: who, the lines of a parcel's label (street, then postal code
 * and town with `region`, a US state for one), and the country's code apart, so that each page or
 * e-mail names the country in its reader's language (`labelLines`).
 */
export type PostalAddress = { name: string; lines: string[]; country_code: string | null }

const present = (line: string | null | undefined): line is string => Boolean(line?.trim())

export function postalAddress(name: string, parts: PostalAddressParts, region?: string | null): PostalAddress {
  return {
    name,
    lines: [parts.address_1, parts.address_2, [parts.postal_code, parts.city, region].filter(present).join(" ")].filter(
      present
    ),
    country_code: parts.country_code?.trim().toLowerCase() || null,
  }
}

/**
 * Names countries in `language` ("de" → "Deutschland" in German), a code without a name (or a
 * language without names) as the code. One namer for a list names each country with the same
 * `Intl.DisplayNames`.
 */
export function countryNamer(language: string): (code: string) => string {
  let names: Intl.DisplayNames | null
  try {
    names = new Intl.DisplayNames([language], { type: "region", fallback: "code" })
  } catch {
    names = null
  }
  return (code) => {
    const upper = code.toUpperCase()
    try {
      return names?.of(upper) ?? upper
    } catch {
      return upper
    }
  }
}

/** A country's name in `language` ("de" → "Deutschland" in German), or its code if it has none. */
export function countryName(code: string, language: string): string {
  return countryNamer(language)(code)
}

/** The address one line under another, as on the parcel: name, street, town, country in `language`. */
export function labelLines(address: PostalAddress, language: string): string[] {
  return [
    address.name,
    ...address.lines,
    address.country_code ? countryName(address.country_code, language) : null,
  ].filter(present)
}
