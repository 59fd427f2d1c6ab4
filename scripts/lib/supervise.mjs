// `npm start` keeps the backend and the storefront running: a process that dies on its own is
// started again after a pause, while the other one keeps serving. Repeated crashes end in a
// sentence instead of a restart loop.
import { setTimeout as sleep } from "node:timers/promises"

export const RESTARTS = {
  /** The first pause; each crash in a row doubles it, up to `maxDelayMs`. */
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  /** A run this long counts as stable: the next crash pauses `firstDelayMs` again. */
  stableMs: 60_000,
  /** This many crashes within `windowMs`, and the service is not started again. */
  maxCrashes: 5,
  windowMs: 5 * 60_000,
}

/**
 * What follows a crash: a restart after a pause, or giving up. Pure; the caller passes the
 * times, so a test can play any sequence of crashes without waiting.
 */
export function restartPolicy(settings = RESTARTS) {
  const crashes = []
  let streak = 0
  return {
    /** @param {number} startedAt when the run that crashed began; @param {number} now when it crashed */
    next(startedAt, now) {
      crashes.push(now)
      while (now - crashes[0] > settings.windowMs) {
        crashes.shift()
      }
      if (crashes.length >= settings.maxCrashes) {
        return { restart: false, crashes: crashes.length }
      }
      if (now - startedAt >= settings.stableMs) {
        streak = 0
      }
      const delayMs = Math.min(settings.firstDelayMs * 2 ** streak, settings.maxDelayMs)
      streak += 1
      return { restart: true, delayMs, crashes: crashes.length }
    },
  }
}

const seconds = (ms) => `${Math.round(ms / 100) / 10} s`
const minutes = (ms) => `${Math.round(ms / 60_000)} min`

function howItEnded({ code, signal }) {
  return signal ? `killed by ${signal}` : `exit code ${code}`
}

/**
 * Watches a running service (from processes.mjs `startService`) and starts it again when it exits
 * without being asked to. A restart that dies or does not answer while starting counts as a crash.
 *
 * @param {object} options
 * @param {{ name: string, logFile: string, exit: Promise<{code: number|null, signal: string|null}> }} options.service
 *   the service as first started
 * @param {() => object} options.launch spawns the service again and returns it at once
 * @param {(service: object) => Promise<void>} options.ready resolves when a launched service answers
 * @param {(service: object) => Promise<void>} options.stop stops a service that did not start well
 * @param {string} [options.survivor] what keeps serving meanwhile, for the sentence on giving up
 * @returns {{ stop(): void, done: Promise<"stopped" | "gave up"> }}
 */
export function supervise({
  service,
  launch,
  ready,
  stop,
  survivor = "The rest of the store",
  policy = restartPolicy(),
  settings = RESTARTS,
  now = Date.now,
  wait = sleep,
  log = (line) => process.stdout.write(`${line}\n`),
}) {
  const aborted = new AbortController()
  const stamp = () => `[${new Date(now()).toISOString().slice(11, 19)}]`

  async function watch() {
    let current = service
    let startedAt = now()
    for (;;) {
      const ended = await current.exit
      if (aborted.signal.aborted) {
        return "stopped"
      }
      const decision = policy.next(startedAt, now())
      if (!decision.restart) {
        log(
          `${stamp()} ${current.name} crashed ${decision.crashes} times within ${minutes(settings.windowMs)} ` +
            `(last: ${howItEnded(ended)}) and is not started again. ${survivor} keeps running. ` +
            `Its log says why: ${current.logFile}. Fix the cause, then stop the store (Ctrl-C) and run npm start again.`
        )
        return "gave up"
      }
      log(
        `${stamp()} ${current.name} stopped unexpectedly (${howItEnded(ended)}); starting it again in ` +
          `${seconds(decision.delayMs)} (crash ${decision.crashes} of ${settings.maxCrashes} allowed within ` +
          `${minutes(settings.windowMs)}; log: ${current.logFile}).`
      )
      try {
        await wait(decision.delayMs, undefined, { signal: aborted.signal })
      } catch {
        return "stopped"
      }
      current = launch()
      startedAt = now()
      try {
        await ready(current)
        log(`${stamp()} ${current.name} is running again.`)
      } catch (error) {
        if (aborted.signal.aborted) {
          return "stopped"
        }
        log(`${stamp()} ${current.name} did not start again: ${error?.message ?? error}`)
        // Hung while starting: stopped here, and then counted as the next crash.
        await stop(current)
      }
    }
  }

  return {
    stop: () => aborted.abort(),
    done: watch(),
  }
}
