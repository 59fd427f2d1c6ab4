import { readRuntimeConfig } from "../runtime-config"
import { linkKey } from "./signed-link"

let key: Buffer | undefined

/** The key of the e-mails' signed links, derived from this store's COOKIE_SECRET once. */
export function mailLinkKey(): Buffer {
  key ??= linkKey(readRuntimeConfig(process.env).cookieSecret)
  return key
}

/** The storefront's public address, for the e-mails' links. */
export const storefrontUrl = () => readRuntimeConfig(process.env).storefrontPublicUrl
