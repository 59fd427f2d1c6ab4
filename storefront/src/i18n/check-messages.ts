import de from "../messages/de.json"
import en from "../messages/en.json"
import fr from "../messages/fr.json"

type Tree = { [key: string]: string | Tree }

/** The storefront's messages, by language; English is the reference every other must match. */
export const MESSAGES = { en, de, fr } satisfies Record<string, Tree>

/** Every message of a tree, by dotted key. */
export function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

/**
 * The arguments an ICU message uses ("{count, plural, one {# item} other {# items}}" → count),
 * with their kind, so "{count, plural, …}" in one language and "{count}" in another differ.
 * Plural and select branches are read for arguments of their own.
 */
export function messageArguments(message: string): string[] {
  const found = new Set<string>()
  /** The top-level {…} groups of a text, skipping ICU-quoted braces. */
  const groups = (text: string): string[] => {
    const out: string[] = []
    let depth = 0
    let start = -1
    for (let i = 0; i < text.length; i++) {
      if (text[i] === "'" && /[{}]/.test(text[i + 1] ?? "")) {
        i = text.indexOf("'", i + 1)
        if (i < 0) break
      } else if (text[i] === "{") {
        if (depth++ === 0) start = i
      } else if (text[i] === "}" && --depth === 0) {
        out.push(text.slice(start + 1, i))
      }
    }
    return out
  }
  const read = (text: string) => {
    for (const body of groups(text)) {
      const [name = "", kind = "", ...rest] = body.split(",")
      found.add(`${name.trim()}${kind ? `:${kind.trim()}` : ""}`)
      // Plural and select branches ("one {# item}") are text with arguments of their own.
      if (["plural", "select", "selectordinal"].includes(kind.trim())) groups(rest.join(",")).forEach(read)
    }
  }
  read(message)
  return [...found].sort()
}

/** What differs between a language's messages and the English ones, as sentences. */
export function messageProblems(language: string, messages: Tree, reference: Tree = en): string[] {
  const problems: string[] = []
  const theirs = flatten(messages)
  for (const [key, english] of flatten(reference)) {
    const translated = theirs.get(key)
    if (translated === undefined) problems.push(`${language}: "${key}" is missing.`)
    else if (!translated.trim()) problems.push(`${language}: "${key}" is empty.`)
    else if (messageArguments(translated).join() !== messageArguments(english).join()) {
      problems.push(
        `${language}: "${key}" uses {${messageArguments(translated).join(", ")}}, English {${messageArguments(english).join(", ")}}.`
      )
    }
  }
  for (const key of theirs.keys())
    if (!flatten(reference).has(key)) problems.push(`${language}: "${key}" is not in English.`)
  return problems
}

/** Throws (failing `next build`, which loads next.config.ts) when a language lacks a message. */
export function assertMessagesComplete(): void {
  const problems = Object.entries(MESSAGES).flatMap(([language, messages]) => messageProblems(language, messages))
  if (problems.length) {
    throw new Error(`The storefront's messages do not match (src/messages):\n  ${problems.join("\n  ")}`)
  }
}
