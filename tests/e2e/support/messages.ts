/**
 * The storefront's messages (storefront/src/messages/*.json) as a page shows them, so a browser
 * test reads the same words the pages are built from instead of a copy of a sentence.
 */

/** A sentence with its {arguments} and <tags> as a pattern ("Bestellung #12 ist bestätigt"). */
export function pattern(message: string): RegExp {
  const text = message.replace(/<\/?\w+>/g, "")
  const parts = text.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))
  return new RegExp(parts.join(".+"))
}

/**
 * A message with its arguments filled in, for the simple ICU the storefront writes: plain
 * {arguments}, and plurals of the form "{n, plural, one {# …} other {# …}}" (one: the count 1).
 */
export function inWords(message: string, values: Record<string, string | number>): string {
  const plurals = message.replace(
    /\{(\w+), plural, one \{([^}]*)\} other \{([^}]*)\}\}/g,
    (_, name: string, one: string, other: string) => {
      const count = Number(values[name])
      return (count === 1 ? one : other).replace(/#/g, String(count))
    }
  )
  return plurals.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]))
}
