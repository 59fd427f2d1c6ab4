import "server-only"
import { regionForCountry, type Region } from "./regions"
import { pageStore, type Store, type StoreParams } from "../util/store"

/** The props of a page under `/:store/…/:handle`. */
export type HandlePageProps = { params: Promise<StoreParams & { handle: string }> }

/**
 * What a store's page about one thing shows: the thing, read for the country's region in the
 * store's language, or null when the thing is unknown (the page then answers 404).
 */
export async function loadForStore<T>(
  params: HandlePageProps["params"],
  read: (handle: string, region: Region, locale: string) => Promise<T | null>
): Promise<{ store: Store; found: T | null }> {
  const [store, { handle }] = await Promise.all([pageStore(params), params])
  const region = await regionForCountry(store.country)
  return { store, found: region ? await read(handle, region, store.locale) : null }
}
