// CPU time spent by the store while a crowd runs (issue 14): the backend's processes and, with
// DATABASE_URL, the PostgreSQL server processes connected to the store's database. On a machine
// shared with other work, wall-clock times vary with the load; CPU seconds per order do much less.
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import pg from "pg"

let ticksPerSecond
function clockTicks() {
  if (!ticksPerSecond) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100
    } catch {
      ticksPerSecond = 100
    }
  }
  return ticksPerSecond
}

/** User + system CPU seconds a process has used so far (Linux /proc), or null once it is gone. */
export function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    // Fields after the command's name, which may contain spaces: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return (Number(fields[11]) + Number(fields[12])) / clockTicks()
  } catch {
    return null
  }
}

/**
 * Starts counting: polls, every `intervalMs`, the CPU of `backendPids()` and of the PostgreSQL
 * connections to `databaseUrl`'s database (they come and go with the pool, so each is counted up
 * to its last sample). `stop()` answers seconds per group, counted from the start.
 */
export async function startCpuCount({ backendPids, databaseUrl, intervalMs = 500 }) {
  const groups = { backend: new Map(), postgres: new Map() }
  let client = null
  if (databaseUrl) {
    client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
  }
  const database = databaseUrl ? decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) : null
  const postgresPids = async () => {
    if (!client) return []
    const { rows } = await client.query(
      "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [database]
    )
    return rows.map((row) => row.pid)
  }
  const sample = async (first) => {
    const pids = { backend: backendPids(), postgres: await postgresPids().catch(() => []) }
    for (const [group, list] of Object.entries(pids)) {
      for (const pid of list) {
        const now = cpuSeconds(pid)
        if (now === null) continue
        const entry = groups[group].get(pid)
        if (entry) {
          entry.last = now
        } else {
          // A process seen for the first time after the start began during the count: from 0.
          groups[group].set(pid, { start: first ? now : 0, last: now })
        }
      }
    }
  }
  await sample(true)
  let busy = Promise.resolve()
  const timer = setInterval(() => {
    busy = busy.then(() => sample(false))
  }, intervalMs)
  return async () => {
    clearInterval(timer)
    await busy
    await sample(false)
    await client?.end()
    const sum = (map) => [...map.values()].reduce((total, { start, last }) => total + (last - start), 0)
    return { backend: sum(groups.backend), postgres: sum(groups.postgres) }
  }
}
