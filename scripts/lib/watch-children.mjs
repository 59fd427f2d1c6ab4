// Watching the processes a process started (a Medusa cluster's servers), for npm start's
// supervisor and the Docker image's cluster start (scripts/cluster-start.mjs). No imports of the
// project's own: the Docker image copies this file alone.
import { readFileSync } from "node:fs"

/** The processes `pid` started (Linux: /proc), or null once `pid` is gone. */
export function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return null
  }
}

/**
 * Calls `onLoss(pid)` once when a process `pid` had started exits (a cluster's server process):
 * the children seen so far are remembered, and one missing from a later look is a loss.
 */
export function watchChildren(pid, onLoss, intervalMs = 500) {
  const seen = new Set()
  const timer = setInterval(() => {
    const now = childrenOf(pid)
    if (!now) {
      clearInterval(timer)
      return
    }
    const lost = [...seen].find((child) => !now.includes(child))
    if (lost) {
      clearInterval(timer)
      onLoss(lost)
      return
    }
    now.forEach((child) => seen.add(child))
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
