/**
 * Lists staff type one item per line (key ingredients, warnings, a step's precautions); the API
 * speaks lists. The conversion itself is the shared one (warnings and precautions are also stored
 * as lines). No React or network code here, so these can be unit-tested.
 */
export { joinLines, splitLines } from "@lacremeluxe/shared"

/** Whether two lists are the same, item by item. */
export function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}
