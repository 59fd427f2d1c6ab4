/**
 * Whether text holds control characters (NUL, escape, …) that no name, note or number should:
 * they corrupt logs and e-mails, and PostgreSQL refuses NUL. Tabs and line breaks count as text
 * where `allowLineBreaks` says so (notes); single-line values refuse them too.
 */
export function hasControlCharacters(value: string, { allowLineBreaks = false } = {}): boolean {
  for (const char of value) {
    const code = char.codePointAt(0)!
    const lineBreak = code === 9 || code === 10 || code === 13
    if ((code < 32 && !(allowLineBreaks && lineBreak)) || (code >= 127 && code < 160)) {
      return true
    }
  }
  return false
}
