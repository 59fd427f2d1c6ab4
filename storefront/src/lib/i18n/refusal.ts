import { FetchError } from "@medusajs/js-sdk"

/** What each kind of refusal means for one form, in the shopper's language. */
export type RefusalWords = {
  /** 429: the backend's limits (its sentence is English and names its own wait). */
  tooMany: string
  /** Another 4xx, by status: what the refusal means for this form. */
  refused: (status: number) => string
  /** A 5xx or no answer. */
  ourProblem: string
}

/**
 * A backend refusal in the shopper's words. The backend answers with English sentences, so a
 * server action says its own, chosen by the answer's status; the backend's sentence goes to the
 * log (`what`: the action, for the log line).
 */
export function refusalInWords(error: unknown, words: RefusalWords, what: string): string {
  if (error instanceof FetchError && error.status === 429) {
    return words.tooMany
  }
  if (error instanceof FetchError && error.status && error.status < 500) {
    console.warn(`${what} refused (${error.status}): ${error.message}`)
    return words.refused(error.status)
  }
  console.error(`${what} failed`, error)
  return words.ourProblem
}
