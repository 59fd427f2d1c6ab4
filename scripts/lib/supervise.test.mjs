import { describe, expect, it } from "vitest"
import { RESTARTS, restartPolicy, supervise } from "./supervise.mjs"

describe("the restart policy", () => {
  it("pauses 1 s, 2 s, 4 s, 8 s between crashes in a row and gives up at the fifth within 5 minutes", () => {
    const policy = restartPolicy()
    let t = 0
    const decisions = []
    for (let crash = 0; crash < 5; crash++) {
      const startedAt = t
      t += 5_000
      decisions.push(policy.next(startedAt, t))
    }
    expect(decisions).toEqual([
      { restart: true, delayMs: 1_000, crashes: 1 },
      { restart: true, delayMs: 2_000, crashes: 2 },
      { restart: true, delayMs: 4_000, crashes: 3 },
      { restart: true, delayMs: 8_000, crashes: 4 },
      { restart: false, crashes: 5 },
    ])
  })

  it("pauses 1 s again after a run that lasted a minute, and forgets crashes older than the window", () => {
    const policy = restartPolicy()
    expect(policy.next(0, 1_000)).toEqual({ restart: true, delayMs: 1_000, crashes: 1 })
    expect(policy.next(2_000, 3_000)).toEqual({ restart: true, delayMs: 2_000, crashes: 2 })
    // Stable for 90 s: the pause starts over; both crashes are still within 5 minutes.
    expect(policy.next(5_000, 95_000)).toEqual({ restart: true, delayMs: 1_000, crashes: 3 })
    // Ten minutes later the three old crashes are forgotten.
    expect(policy.next(96_000, 700_000)).toEqual({ restart: true, delayMs: 1_000, crashes: 1 })
  })

  it("never pauses longer than the ceiling", () => {
    const policy = restartPolicy({ ...RESTARTS, maxCrashes: 100 })
    let last
    for (let crash = 0; crash < 10; crash++) {
      last = policy.next(crash * 10, crash * 10 + 1)
    }
    expect(last).toEqual({ restart: true, delayMs: RESTARTS.maxDelayMs, crashes: 10 })
  })
})

/** A stand-in for a spawned service: the test decides when it exits. */
function fakeService(name) {
  let exit
  const service = {
    name,
    logFile: `/logs/${name}.log`,
    exit: new Promise((resolve) => (exit = resolve)),
  }
  service.crash = (signal = "SIGKILL") => exit({ code: null, signal })
  return service
}

function harness({ readyFails = () => false } = {}) {
  let clock = Date.UTC(2026, 11, 3, 9, 0, 0)
  const lines = []
  const launched = []
  const pauses = []
  const stopped = []
  const first = fakeService("The backend")
  const watch = supervise({
    service: first,
    launch: () => {
      const service = fakeService("The backend")
      launched.push(service)
      return service
    },
    ready: async (service) => {
      if (readyFails(launched.length)) {
        throw new Error("The backend stopped while starting (exit code 1).")
      }
      return service
    },
    stop: async (service) => {
      stopped.push(service)
      service.crash(null)
    },
    survivor: "The storefront",
    now: () => clock,
    wait: async (ms, _value, { signal }) => {
      signal.throwIfAborted()
      pauses.push(ms)
      clock += ms
    },
    log: (line) => lines.push(line),
  })
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
  return { first, watch, lines, launched, pauses, stopped, settle, tick: (ms) => (clock += ms) }
}

describe("the supervisor", () => {
  it("starts a killed service again after the pause and says so", async () => {
    const h = harness()
    h.tick(10_000)
    h.first.crash()
    await h.settle()
    expect(h.pauses).toEqual([1_000])
    expect(h.launched).toHaveLength(1)
    expect(h.lines).toEqual([
      "[09:00:10] The backend stopped unexpectedly (killed by SIGKILL); starting it again in 1 s (crash 1 of 5 allowed within 5 min; log: /logs/The backend.log).",
      "[09:00:11] The backend is running again.",
    ])
    h.watch.stop()
    h.launched[0].crash("SIGTERM")
    expect(await h.watch.done).toBe("stopped")
    expect(h.launched).toHaveLength(1)
  })

  it("gives up with a sentence after five quick crashes, leaving the rest running", async () => {
    const h = harness()
    h.first.crash()
    for (let restart = 0; restart < 4; restart++) {
      await h.settle()
      h.tick(2_000)
      h.launched[restart].crash()
    }
    expect(await h.watch.done).toBe("gave up")
    expect(h.pauses).toEqual([1_000, 2_000, 4_000, 8_000])
    expect(h.launched).toHaveLength(4)
    expect(h.lines.at(-1)).toBe(
      "[09:00:23] The backend crashed 5 times within 5 min (last: killed by SIGKILL) and is not started again. " +
        "The storefront keeps running. Its log says why: /logs/The backend.log. " +
        "Fix the cause, then stop the store (Ctrl-C) and run npm start again."
    )
  })

  it("counts a restart that fails while starting as a crash and stops what it started", async () => {
    const h = harness({ readyFails: (attempt) => attempt === 1 })
    h.first.crash()
    await h.settle()
    await h.settle()
    expect(h.stopped).toEqual([h.launched[0]])
    expect(h.launched).toHaveLength(2)
    expect(h.pauses).toEqual([1_000, 2_000])
    expect(h.lines[1]).toBe(
      "[09:00:01] The backend did not start again: The backend stopped while starting (exit code 1)."
    )
    expect(h.lines.at(-1)).toBe("[09:00:03] The backend is running again.")
  })

  it("does not restart what it was told to stop (Ctrl-C)", async () => {
    const h = harness()
    h.watch.stop()
    h.first.crash("SIGTERM")
    expect(await h.watch.done).toBe("stopped")
    expect(h.launched).toHaveLength(0)
    expect(h.lines).toEqual([])
  })
})
