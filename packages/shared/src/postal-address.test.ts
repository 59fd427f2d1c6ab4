import { describe, expect, it } from "vitest"
import { countryName, countryNamer, labelLines, postalAddress } from "./postal-address.js"

describe("postal addresses", () => {
  const leipzig = {
    address_1: "Karl-Liebknecht-Straße 9",
    address_2: "",
    postal_code: "04107",
    city: "Leipzig",
    country_code: "DE",
  }

  it("keeps the street, postal code and town as a parcel's lines and the country apart", () => {
    expect(postalAddress("Mara Lindqvist", leipzig)).toEqual({
      name: "Mara Lindqvist",
      lines: ["Karl-Liebknecht-Straße 9", "04107 Leipzig"],
      country_code: "de",
    })
    expect(
      postalAddress(
        "Sam Reyes",
        { address_1: "1 Main St", postal_code: "94105", city: "San Francisco", country_code: "us" },
        "CA"
      ).lines
    ).toEqual(["1 Main St", "94105 San Francisco CA"])
  })

  it("names the country in the reader's language", () => {
    const address = postalAddress("Mara Lindqvist", leipzig)
    expect(labelLines(address, "de")).toEqual([
      "Mara Lindqvist",
      "Karl-Liebknecht-Straße 9",
      "04107 Leipzig",
      "Deutschland",
    ])
    expect(labelLines(address, "en-DE").at(-1)).toBe("Germany")
    expect(labelLines(address, "fr").at(-1)).toBe("Allemagne")
  })

  it("shows a code it cannot name as the code, and leaves out what is missing", () => {
    expect(countryName("aa", "de")).toBe("AA")
    expect(countryName("d", "de")).toBe("D")
    // One namer for a list; a language tag Intl refuses leaves every code as it is.
    const german = countryNamer("de")
    expect(["fr", "d", "AT"].map(german)).toEqual(["Frankreich", "D", "Österreich"])
    expect(countryNamer("not a language!")("de")).toBe("DE")
    expect(labelLines(postalAddress("", { city: "Leipzig", country_code: null }), "de")).toEqual(["Leipzig"])
  })
})
