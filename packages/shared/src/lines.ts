/**
 * Lists shoppers read (a product's warnings, a step's precautions) are stored as one text with one
 * item per line, because only text fields translate in Medusa's Translation Module; the API and
 * the forms still speak lists. These two are the one conversion.
 */

/** Splits stored text into items: one per line, trimmed, blank lines dropped. */
export function splitLines(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

/** Turns a list into stored text, one item per line. */
export function joinLines(items: readonly string[] | null | undefined): string {
  return (items ?? [])
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .join("\n")
}
