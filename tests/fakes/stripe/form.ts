/** A decoded form: strings, nested objects and arrays, as the client sent them. */
export type Params = Record<string, any>

/** Stripe's form encoding: a[b]=1&a[c][0]=x → { a: { b: "1", c: ["x"] } }. */
export function parseForm(text: string): Params {
  const result: Params = {}
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const [head, ...rest] = rawKey.split("[")
    const path = [head, ...rest.map((part) => part.replace(/]$/, ""))]
    let node: Params = result
    path.forEach((segment, index) => {
      const last = index === path.length - 1
      const nextIsIndex = !last && (path[index + 1] === "" || /^\d+$/.test(path[index + 1]))
      const key = segment === "" && Array.isArray(node) ? node.length : segment
      if (last) {
        node[key] = value
      } else {
        node[key] ??= nextIsIndex ? [] : {}
        node = node[key]
      }
    })
  }
  return result
}
