import "server-only"
import { storeOr } from "@lacremeluxe/shared"
import { storeOf, type Store } from "../util/store"

/**
 * The store a form was posted from: every form carries the page's store path ("de", "de/en") in a
 * hidden field, so a server action answers, redirects and creates carts in the page's language.
 */
export function formStore(form: FormData, field = "storePath"): Store {
  return storeAt(String(form.get(field) ?? ""))
}

/** The store a path prefix names ("de/en"), else the default store. */
export function storeAt(path: string): Store {
  return storeOf(storeOr(path))
}
