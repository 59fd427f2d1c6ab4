import "server-only"
import { regionForCountry, type Region } from "./regions"

/** The props of a page under `/:countryCode/…/:handle`. */
export type HandlePageProps = { params: Promise<{ countryCode: string; handle: string }> }

/**
 * What a country's page about one thing shows: the thing, read for the country's region, or null
 * when the country or the thing is unknown (the page then answers 404).
 */
export async function loadForCountry<T>(
  params: HandlePageProps["params"],
  read: (handle: string, region: Region) => Promise<T | null>
): Promise<{ countryCode: string; found: T | null }> {
  const { countryCode, handle } = await params
  const region = await regionForCountry(countryCode)
  return { countryCode, found: region ? await read(handle, region) : null }
}
