import { spawn } from "node:child_process"
import { createWriteStream } from "node:fs"
import { fileURLToPath } from "node:url"
import { UserFacingError } from "./log.mjs"
import { watchChildren } from "./watch-children.mjs"

const running = new Set()

/** Preloaded into each service's processes: they stop when their parent dies (see the file). */
const EXIT_WITH_PARENT = fileURLToPath(new URL("./exit-with-parent.cjs", import.meta.url))

/**
 * Runs a command to completion; its output goes to `logFile` (and is shown on failure).
 * @returns {Promise<string>} the captured output
 */
export function run(command, args, { cwd, env, logFile, what } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
    const log = logFile ? createWriteStream(logFile, { flags: "a" }) : null
    let output = ""
    const collect = (chunk) => {
      output += chunk
      log?.write(chunk)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("error", reject)
    child.on("close", (code) => {
      log?.end()
      if (code === 0) {
        resolve(output)
      } else {
        const tail = output.trim().split("\n").slice(-25).join("\n")
        reject(
          new UserFacingError(
            `${what ?? command} failed (exit code ${code}).`,
            `Last lines of its output${logFile ? ` (full log: ${logFile})` : ""}:\n${tail}`
          )
        )
      }
    })
  })
}

/**
 * Starts a long-running server in its own process group; its output goes to `logFile`. With
 * `wholeTree`, the processes it starts count as part of it: when one of them dies, the whole
 * group is killed, so the service ends (and its supervisor starts it again as a whole). Each of
 * its processes stops when its parent dies (`exit-with-parent.cjs`): a service never outlives
 * `npm start`, even when that is killed outright.
 */
export function startService(command, args, { cwd, env, logFile, name, wholeTree = false }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(EXIT_WITH_PARENT)}`.trim() },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  const log = createWriteStream(logFile, { flags: "a" })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  const service = { name, child, logFile, exited: false }
  const unwatch = (service.unwatch = wholeTree
    ? watchChildren(child.pid, (lost) => {
        log.write(`\n[npm start] process ${lost} of ${name} ended: stopping the whole group to start it again.\n`)
        try {
          process.kill(-child.pid, "SIGKILL")
        } catch {
          // Already gone.
        }
      })
    : () => {})
  service.exit = new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      unwatch()
      service.exited = true
      service.exitCode = code
      running.delete(service)
      // Whatever the server itself started dies with it, so nothing keeps holding its port.
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {
        // The group is already empty.
      }
      resolve({ code, signal })
    })
  })
  running.add(service)
  return service
}

export function stopService(service, signal = "SIGTERM") {
  // Asked to stop: its processes ending one by one is no crash.
  service.unwatch?.()
  if (service.exited) {
    return Promise.resolve()
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-service.child.pid, "SIGKILL")
      } catch {
        // Already gone.
      }
    }, 10_000)
    service.child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      process.kill(-service.child.pid, signal)
    } catch {
      clearTimeout(timer)
      resolve()
    }
  })
}

export async function stopAllServices() {
  await Promise.all([...running].map((service) => stopService(service)))
}

/** Waits until the service prints a line matching `pattern`, or dies. */
export function waitForOutput(service, pattern, timeoutMs = 180_000) {
  return new Promise((resolve, reject) => {
    let seen = ""
    const done = (error) => {
      clearTimeout(timer)
      service.child.stdout.off("data", onData)
      if (error) {
        reject(error)
      } else {
        resolve()
      }
    }
    const onData = (chunk) => {
      seen = (seen + chunk).slice(-4096)
      if (pattern.test(seen)) done()
    }
    const timer = setTimeout(
      () =>
        done(
          new UserFacingError(
            `${service.name} did not start within ${timeoutMs / 1000}s.`,
            `See its log: ${service.logFile}`
          )
        ),
      timeoutMs
    )
    service.child.stdout.on("data", onData)
    service.exit.then(() =>
      done(new UserFacingError(`${service.name} stopped while starting.`, `See its log: ${service.logFile}`))
    )
  })
}

/** Waits until `url` answers with a status below 500, or the service dies. */
export async function waitForHttp(url, service, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service?.exited) {
      throw new UserFacingError(
        `${service.name} stopped while starting (exit code ${service.exitCode}).`,
        `See its log: ${service.logFile}`
      )
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.status < 500) {
        return
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new UserFacingError(
    `${service?.name ?? url} did not answer within ${timeoutMs / 1000}s.`,
    service ? `See its log: ${service.logFile}` : undefined
  )
}
