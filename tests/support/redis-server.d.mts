export type TestRedisServer = { url: string; stop(): Promise<void> }
export function startRedisServer(): Promise<TestRedisServer>
