/**
 * The hostile corpus: tables of routes and of bad values, crossed into requests. Each request
 * says whether it is clearly malformed (then the answer must be a 4xx with a sentence) or only odd
 * (then any answer but a 5xx or a dropped connection will do).
 */

export type Hostile = {
  /** What the request tries, for the failure message. */
  label: string
  method: string
  /** Path and query, sent as written (fetch keeps malformed percent-encoding as it is). */
  path: string
  headers?: Record<string, string>
  body?: string | Blob | FormData
  /** Clearly malformed: a 4xx with a sentence is due (413 where the body is too big). */
  malformed: boolean
}

/** Path parameters no id, handle or file name has. Those marked malformed must get a 400. */
export const BAD_PATH_VALUES: { value: string; malformed: boolean }[] = [
  { value: "%ZZ", malformed: true },
  { value: "%", malformed: true },
  { value: "abc%E0%A4%A", malformed: true },
  { value: "%C0%AF", malformed: true },
  { value: "%FF%FE", malformed: true },
  { value: "%00", malformed: true },
  { value: "id%00suffix", malformed: true },
  { value: "%1B%5B31mred", malformed: true },
  { value: "%7F", malformed: true },
  { value: "x".repeat(600), malformed: true },
  { value: "..%2F..%2Fetc%2Fpasswd", malformed: false },
  { value: "'%20OR%201%3D1--", malformed: false },
  { value: "%F0%9F%92%A9", malformed: false },
  { value: "00000000-0000-0000-0000-000000000000", malformed: false },
]

/**
 * Query strings: paging gone wrong, broken encodings, control characters, odd shapes. Paging is
 * malformed only where the route pages (the APIs); a storefront page ignores what it does not read.
 */
export const BAD_QUERIES: { query: string; malformed: boolean; paging?: true }[] = [
  { query: "limit=-1", malformed: true, paging: true },
  { query: "limit=abc", malformed: true, paging: true },
  { query: "limit=1e400", malformed: true, paging: true },
  { query: "limit=99999999999999999999", malformed: true, paging: true },
  { query: "offset=-10", malformed: true, paging: true },
  { query: "offset=1.5", malformed: true, paging: true },
  { query: "offset=9223372036854775808", malformed: true, paging: true },
  { query: "limit[]=1&limit[]=2", malformed: true, paging: true },
  { query: "limit[$gt]=1", malformed: true, paging: true },
  { query: "q=%ZZ", malformed: true },
  { query: "fields=%E0%A4%A", malformed: true },
  { query: "q=%00", malformed: true },
  { query: "order=%1B", malformed: true },
  { query: "id=pro%00d", malformed: true },
  { query: "region_id=%", malformed: true },
  { query: "created_at[$gte]=not-a-date", malformed: false },
  { query: "fields=*nonexistent.relation", malformed: false },
  { query: "order=-no_such_column", malformed: false },
  { query: "q=" + "a".repeat(3000), malformed: false },
  { query: "handle[$ilike]=%25", malformed: false },
]

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth)

/** Written as JSON text: numbers past what a double holds exactly, as a client may send them. */
const NUMBERS =
  '{"quantity": -1, "threshold": 1e308, "display_id": -99999999999999999999, "limit": -5, ' +
  '"items": [{"id": "", "quantity": 9007199254740993}], "unit_price": -0.000001}'

/** Request bodies for POST routes, raw: broken JSON, wrong types, control characters, sizes. */
export const BAD_BODIES: { label: string; body: string | Blob; contentType?: string; malformed: boolean }[] = [
  { label: "malformed JSON", body: '{"email": "a@b.test",', malformed: true },
  { label: "JSON with a trailing comma", body: '{"a": 1,}', malformed: true },
  { label: "a JSON string instead of an object", body: '"hello"', malformed: true },
  { label: "a JSON number instead of an object", body: "42", malformed: true },
  { label: "a JSON array instead of an object", body: "[1, 2, 3]", malformed: true },
  { label: "JSON null", body: "null", malformed: true },
  { label: "NUL in every string", body: JSON.stringify(fill("\u0000")), malformed: true },
  { label: "escape codes in every string", body: JSON.stringify(fill("a\u001b[2Jb")), malformed: true },
  { label: "NUL in a key", body: '{"em\\u0000ail": "a@b.test"}', malformed: true },
  { label: "a body over the size limit", body: JSON.stringify({ note: "x".repeat(2_000_000) }), malformed: true },
  { label: "deeply nested arrays", body: `{"items": ${nested(5000)}}`, malformed: true },
  { label: "numbers where text goes", body: JSON.stringify(fill(123456789)), malformed: false },
  { label: "objects where text goes", body: JSON.stringify(fill({ $ne: null })), malformed: false },
  { label: "arrays where text goes", body: JSON.stringify(fill(["a", "b"])), malformed: false },
  { label: "empty strings", body: JSON.stringify(fill("")), malformed: false },
  { label: "negative and huge numbers", body: NUMBERS, malformed: false },
  { label: "long strings", body: JSON.stringify(fill("é".repeat(20_000))), malformed: false },
  {
    label: "form-encoded nesting",
    body: "a[b][c][d][e][f][g]=1&email=x",
    contentType: "application/x-www-form-urlencoded",
    malformed: false,
  },
  { label: "text/plain", body: "just text", contentType: "text/plain", malformed: false },
  {
    label: "bytes that are not UTF-8",
    body: new Blob([new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])]),
    malformed: false,
  },
]

/** The fields our routes and Medusa's read, all set to one hostile value. */
function fill(value: unknown): Record<string, unknown> {
  const fields = [
    "email",
    "password",
    "identifier",
    "region_id",
    "variant_id",
    "option_id",
    "provider_id",
    "cart_id",
    "code",
    "promo_codes",
    "first_name",
    "last_name",
    "phone",
    "company_name",
    "address_1",
    "city",
    "country_code",
    "postal_code",
    "display_id",
    "order_id",
    "reason_id",
    "note",
    "token",
    "handle",
    "title",
    "body",
    "threshold",
    "currency_code",
    "locale",
  ]
  return Object.fromEntries(fields.map((field) => [field, value]))
}

/** Crosses a route template's `:param`s with the bad path values (one at a time, the rest kept). */
export function withBadParams(
  template: string,
  real: Record<string, string>
): { path: string; malformed: boolean; label: string }[] {
  const params = [...template.matchAll(/:(\w+)/g)].map((match) => match[1])
  const fillReal = (path: string) => path.replace(/:(\w+)/g, (_m, name: string) => real[name] ?? "nothing_here")
  return params.flatMap((param) =>
    BAD_PATH_VALUES.map(({ value, malformed }) => ({
      path: fillReal(template.replace(`:${param}`, value)),
      malformed,
      label: `:${param} = ${preview(value)}`,
    }))
  )
}

export function preview(value: string): string {
  return value.length > 40 ? `${value.slice(0, 20)}… (${value.length} chars)` : value
}

/** At most `limit` requests in flight: enough to be quick, few enough not to swamp two cores. */
export async function inBatches<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await run(items[index])
    }
  }
  await Promise.all(Array.from({ length: limit }, worker))
  return results
}
