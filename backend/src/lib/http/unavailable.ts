import type Redis from "ioredis"

/**
 * When a service the backend needs cannot be reached (Redis, with REDIS_URL set: events,
 * workflows, locks), a change cannot be made safely. The caller then gets 503 with a sentence
 * and Retry-After at once, instead of a 500 after ioredis has retried for seconds. Reads do not
 * need Redis and keep working; everything recovers by itself when Redis is back (ioredis
 * reconnects).
 */
export const RETRY_AFTER_SECONDS = 30

export const unavailableBody = () => ({
  type: "unavailable",
  message:
    "The store cannot save changes just now: one of its services is restarting. Nothing was changed. Please try again in a minute.",
})

type ErrorLike = { name?: unknown; message?: unknown; code?: unknown; cause?: unknown }

/** ioredis's words for "no connection" (its errors carry no code). */
const REDIS_UNREACHABLE = [
  /Reached the max retries per request limit/i,
  /Connection is closed/i,
  /Stream isn't writeable/i,
  /Command timed out/i,
  /connect ETIMEDOUT/i,
]
const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH"])

/**
 * Whether an error says a service could not be reached, rather than that the request was wrong.
 * Workflows may pass errors on as plain objects, so this looks at names, codes and messages, and
 * at the error's cause.
 */
export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 3) {
    return false
  }
  const { name, message, code, cause } = error as ErrorLike
  if (name === "MaxRetriesPerRequestError") {
    return true
  }
  if (typeof code === "string" && CONNECTION_CODES.has(code)) {
    return true
  }
  if (typeof message === "string" && REDIS_UNREACHABLE.some((words) => words.test(message))) {
    return true
  }
  return isUnavailable(cause, depth + 1)
}

type Status = {
  status: (code: number) => { json: (body: unknown) => unknown }
  setHeader: (n: string, v: string) => unknown
}

/** 503 with Retry-After and a sentence: nothing was started, the caller may try again later. */
export function answerUnavailable(
  res: Status,
  body: { type: string; message: string } = unavailableBody(),
  retryAfterSeconds = RETRY_AFTER_SECONDS
) {
  res.setHeader("Retry-After", String(retryAfterSeconds))
  res.status(503).json(body)
}

/**
 * Whether Redis answers now. A connected client answers at once; otherwise one PING gets
 * `timeoutMs` (while Redis is down ioredis keeps reconnecting in the background, so the first
 * request after it is back passes again).
 */
export async function redisAnswers(redis: Pick<Redis, "status" | "connect" | "ping">, timeoutMs = 500) {
  if (redis.status === "ready") {
    return true
  }
  if (redis.status === "wait") {
    redis.connect().catch(() => {})
  }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))
  try {
    return await Promise.race([redis.ping().then(() => true as const), timeout])
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}

const READS = new Set(["GET", "HEAD", "OPTIONS"])

/**
 * Middleware: changes (anything but GET, HEAD, OPTIONS) are refused with 503 and a sentence while
 * Redis does not answer, before any workflow starts, so nothing is half done.
 */
export function changesNeedRedis(redis: Pick<Redis, "status" | "connect" | "ping">) {
  return async (req: { method: string }, res: Status, next: () => void) => {
    if (READS.has(req.method) || (await redisAnswers(redis))) {
      next()
      return
    }
    answerUnavailable(res)
  }
}
