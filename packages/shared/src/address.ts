import { hasControlCharacters } from "./text.js"

/** Longer than any id, handle or file name of the store (Medusa's ids are about 30 characters). */
export const MAX_ADDRESS_PART = 256

function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part)
  } catch {
    return null
  }
}

/** A piece of the caller's address quoted back: short, control characters shown as `?`. */
export function quoted(value: string): string {
  const clean = [...value].map((char) => (hasControlCharacters(char) ? "?" : char)).join("")
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean
}

const isIdName = (name: string) => {
  const base = name.replace(/\[.*$/, "")
  return base === "id" || base.endsWith("_id")
}

/**
 * What is wrong with a request's address (path and query, as sent), in a sentence, or null: a
 * percent-encoding that cannot be decoded (`%ZZ`, a lone `%`, bytes that are not UTF-8), control
 * characters once decoded, a path part or an id longer than any the store has. The backend and
 * the storefront's server both refuse such addresses with a 400 before any page or route runs.
 */
export function addressProblem(url: string): string | null {
  const queryStart = url.indexOf("?")
  const path = queryStart === -1 ? url : url.slice(0, queryStart)
  const query = queryStart === -1 ? "" : url.slice(queryStart + 1)
  for (const segment of path.split("/")) {
    const text = decoded(segment)
    if (text === null) {
      return `The address has a broken percent-encoding ("${quoted(segment)}"): write "%" as "%25".`
    }
    if (hasControlCharacters(text)) {
      return "The address contains control characters (such as NUL), which no page or id has."
    }
    if (text.length > MAX_ADDRESS_PART) {
      return `A part of the address is ${text.length} characters long; ids and handles have at most ${MAX_ADDRESS_PART}.`
    }
  }
  for (const pair of query.split("&")) {
    if (!pair) continue
    const equals = pair.indexOf("=")
    const name = decoded((equals === -1 ? pair : pair.slice(0, equals)).replace(/\+/g, " "))
    const value = decoded((equals === -1 ? "" : pair.slice(equals + 1)).replace(/\+/g, " "))
    if (name === null || value === null) {
      return `The query string has a broken percent-encoding ("${quoted(pair)}"): write "%" as "%25".`
    }
    if (hasControlCharacters(name) || hasControlCharacters(value)) {
      return `The query parameter "${quoted(name)}" contains control characters (such as NUL).`
    }
    if (isIdName(name) && value.length > MAX_ADDRESS_PART) {
      return `The query parameter "${quoted(name)}" is longer than any id (${MAX_ADDRESS_PART} characters).`
    }
  }
  return null
}
