// The backend container's server: Medusa's cluster mode (`medusa start --cluster N --servers N`),
// ended as a whole when any of its processes dies, so Docker's restart policy starts it again
// (in Medusa 2.21.2 a process the primary forks after a crash is never sent its start message).
//   node cluster-start.mjs <servers> <medusa cli.js>
import { spawn } from "node:child_process"
import { watchChildren } from "./lib/watch-children.mjs"

const [servers, cli] = process.argv.slice(2)
const primary = spawn(process.execPath, [cli, "start", "--cluster", servers, "--servers", servers], {
  stdio: "inherit",
  detached: true,
})
const stopAll = (signal) => {
  try {
    process.kill(-primary.pid, signal)
  } catch {
    // Already gone.
  }
}
const unwatch = watchChildren(primary.pid, (lost) => {
  console.error(`cluster-start: server process ${lost} ended; stopping the cluster so that it starts again as a whole.`)
  stopAll("SIGKILL")
})
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    unwatch()
    stopAll(signal)
  })
}
primary.on("exit", (code, signal) => {
  unwatch()
  stopAll("SIGKILL")
  process.exit(code ?? (signal === "SIGTERM" || signal === "SIGINT" ? 0 : 1))
})
