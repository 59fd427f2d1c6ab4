import { describe, expect, it } from "vitest"
import { hreflang, parseStorePath, splitStorePath, STORE_LOCATIONS, localeOfStore, storePath } from "./store-languages"

describe("store paths", () => {
  it("gives a country's own language the bare path and the others a language segment", () => {
    expect(storePath({ country: "de", language: "de" })).toBe("de")
    expect(storePath({ country: "de", language: "en" })).toBe("de/en")
    expect(storePath({ country: "be", language: "fr" })).toBe("be")
    expect(storePath({ country: "nl", language: "en" })).toBe("nl")
    expect(storePath({ country: "us", language: "fr" })).toBe("us/fr")
  })

  it("reads back every store's path, and the internal form of a default language", () => {
    for (const location of STORE_LOCATIONS) expect(parseStorePath(storePath(location))).toEqual(location)
    expect(parseStorePath("/at/de")).toEqual({ country: "at", language: "de" })
    expect(parseStorePath("de/nl")).toBeNull()
    expect(parseStorePath("xx")).toBeNull()
    expect(parseStorePath("de/en/guide")).toBeNull()
  })

  it("maps each store to the backend's canonical locale and an hreflang value", () => {
    expect(localeOfStore("at", "de")).toBe("de-DE")
    expect(localeOfStore("be", "fr")).toBe("fr-FR")
    expect(localeOfStore("ie", "en")).toBe("en-GB")
    expect(localeOfStore("us", "en")).toBe("en-US")
    expect(hreflang({ country: "be", language: "fr" })).toBe("fr-BE")
  })
})

describe("splitStorePath", () => {
  it("finds the store and the page in public and internal paths", () => {
    expect(splitStorePath("/de/en/guide/pore-care")).toEqual({
      location: { country: "de", language: "en" },
      page: "/guide/pore-care",
    })
    expect(splitStorePath("/de/guide/pore-care")).toEqual({
      location: { country: "de", language: "de" },
      page: "/guide/pore-care",
    })
    expect(splitStorePath("/de/de/guide/pore-care")).toEqual(splitStorePath("/de/guide/pore-care"))
    expect(splitStorePath("/fr")).toEqual({ location: { country: "fr", language: "fr" }, page: "" })
    expect(splitStorePath("/us/de")).toEqual({ location: { country: "us", language: "de" }, page: "" })
    expect(splitStorePath("/api/search")).toBeNull()
  })
})
