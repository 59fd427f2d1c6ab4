import { MAX_ADDRESS_PART, addressProblem, hasControlCharacters, quoted } from "@lacremeluxe/shared"

/** Why a request is refused before any route sees it: a status and a sentence for the caller. */
export type Refusal = { status: 400 | 413 | 415; message: string }

/** Medusa Admin asks for up to 10 000 rows at once; nobody needs more. */
export const MAX_LIMIT = 100_000
/** PostgreSQL's OFFSET is a bigint, but no list of the store is anywhere near this long. */
export const MAX_OFFSET = 2_147_483_647
/** JSON deeper than this is no request of the store's; walking it could exhaust the stack. */
export const MAX_DEPTH = 32

const refuse = (message: string, status: Refusal["status"] = 400): Refusal => ({ status, message })

const isIdField = (name: string) => name === "id" || name.endsWith("_id")

/** The address's problem (shared with the storefront's server: `addressProblem`) as a 400. */
export function refuseAddress(url: string): Refusal | null {
  const problem = addressProblem(url)
  return problem ? refuse(problem) : null
}

/** `limit` and `offset`, where given, are one whole number each within the store's bounds. */
export function refusePaging(query: Record<string, unknown>): Refusal | null {
  for (const [name, max] of [
    ["limit", MAX_LIMIT],
    ["offset", MAX_OFFSET],
  ] as const) {
    const value = query[name]
    if (value === undefined) continue
    if (typeof value !== "string" || !/^\d{1,10}$/.test(value) || Number(value) > max) {
      return refuse(`"${name}" must be a whole number from 0 to ${max.toLocaleString("en")}.`)
    }
  }
  return null
}

type Walked = { value: unknown; path: string; depth: number }

/**
 * Refuses a JSON body that is not an object, nests deeper than any request of the store, or holds
 * text with control characters (line breaks and tabs are text: notes and guide sections have them)
 * in a key or a value; and ids that are empty (`emptyIds`) or longer than any id.
 */
export function refuseBody(body: unknown, { json, emptyIds }: { json: boolean; emptyIds: boolean }): Refusal | null {
  if (json && (body === null || typeof body !== "object" || Array.isArray(body))) {
    return refuse("The request body must be a JSON object ({ … }).")
  }
  const stack: Walked[] = [{ value: body, path: "", depth: 0 }]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === "string") {
      if (hasControlCharacters(value, { allowLineBreaks: true })) {
        return refuse(`${field(path)} contains control characters (such as NUL), which no text of the store may hold.`)
      }
      continue
    }
    if (value === null || typeof value !== "object") continue
    if (depth >= MAX_DEPTH) {
      return refuse(`The request body is nested more than ${MAX_DEPTH} levels deep.`)
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key
      if (hasControlCharacters(key)) {
        return refuse("A field name in the request body contains control characters (such as NUL).")
      }
      if (!Array.isArray(value) && isIdField(key) && typeof child === "string") {
        if (emptyIds && child.trim() === "") return refuse(`${field(childPath)} must not be empty.`)
        if (child.length > MAX_ADDRESS_PART)
          return refuse(`${field(childPath)} is longer than any id (${MAX_ADDRESS_PART} characters).`)
      }
      stack.push({ value: child, path: childPath, depth: depth + 1 })
    }
  }
  return null
}

const field = (path: string) => (path ? `The field "${quoted(path)}"` : "The request body")
