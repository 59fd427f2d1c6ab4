import { stack } from "./stack"

export type ApiResponse<T> = { status: number; body: T }

type Options = { method?: string; body?: unknown; token?: string; headers?: Record<string, string> }

async function call<T>(path: string, options: Options, publishable: boolean): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { "content-type": "application/json", ...options.headers }
  if (publishable) {
    headers["x-publishable-api-key"] ??= stack.publishableKey
  }
  if (options.token) {
    headers.authorization = `Bearer ${options.token}`
  }
  const response = await fetch(`${stack.backendUrl}${path}`, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T }
}

/** A Store API call with the storefront's publishable key. */
export function store<T = any>(path: string, options: Options = {}) {
  return call<T>(path, options, true)
}

/** An Admin API call (pass a token from `adminToken()`). */
export function admin<T = any>(path: string, options: Options = {}) {
  return call<T>(path, options, false)
}

let cachedToken: string | undefined

export async function adminToken(): Promise<string> {
  if (!cachedToken) {
    const { status, body } = await call<{ token: string }>(
      "/auth/user/emailpass",
      { body: { email: stack.admin.email, password: stack.admin.password } },
      false
    )
    if (status !== 200) {
      throw new Error(`admin login failed: ${status} ${JSON.stringify(body)}`)
    }
    cachedToken = body.token
  }
  return cachedToken
}

export async function regionByName(name: string) {
  const { body } = await store<{ regions: { id: string; name: string; currency_code: string }[] }>(
    "/store/regions?fields=id,name,currency_code"
  )
  const region = body.regions.find((r) => r.name === name)
  if (!region) {
    throw new Error(`no region named ${name}`)
  }
  return region
}

/** A unique e-mail for this test, so tests never share a customer. */
export function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 7)}@example.test`
}
