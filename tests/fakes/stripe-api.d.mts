export const API_VERSION: string
export function parseForm(text: string): Record<string, unknown>
export type FakeStripe = {
  secretKey: string
  publishableKey: string
  intents: Map<string, Record<string, any>>
  events: Record<string, any>[]
  requests: { method: string; path: string; params: Record<string, unknown>; idempotencyKey?: string }[]
  listen(port?: number): Promise<string>
  close(): Promise<void>
}
export function createFakeStripe(options?: { secretKey?: string; publishableKey?: string }): FakeStripe
