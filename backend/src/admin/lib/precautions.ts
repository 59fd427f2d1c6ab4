/**
 * Precautions are edited as a plain textarea, one precaution per line, and stored as a list.
 * These helpers convert between the two without any React or network code, so they can be unit-tested.
 */

/** Splits the textarea's text into precautions: one per line, trimmed, blank lines dropped. */
export function parsePrecautions(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

/** Turns a list of precautions back into the textarea's text, one per line. */
export function formatPrecautions(precautions: readonly string[]): string {
  return precautions
    .map((precaution) => precaution.trim())
    .filter((precaution) => precaution.length > 0)
    .join("\n")
}

/** Whether two precaution lists are the same, item by item. */
export function samePrecautions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}
