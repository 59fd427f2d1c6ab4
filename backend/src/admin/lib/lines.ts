/**
 * Lists staff type one item per line (key ingredients, warnings, a step's precautions) and the API
 * stores as arrays of text. No React or network code here, so these can be unit-tested.
 */

/** Splits a textarea's text into items: one per line, trimmed, blank lines dropped. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

/** Turns a list back into a textarea's text, one item per line. */
export function joinLines(items: readonly string[]): string {
  return items
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .join("\n")
}

/** Whether two lists are the same, item by item. */
export function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}
