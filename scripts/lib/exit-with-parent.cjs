// Preloaded into every process `npm start` starts (NODE_OPTIONS=--require, see startService):
// a process whose parent has died stops too. `npm start` stops its services when it is stopped,
// but when it is killed outright (SIGKILL, the out-of-memory killer, a closed terminal) they were
// left running, holding their ports, and Medusa's processes then spun at ~80 % CPU writing each log
// line to the pipe no one read any more (EPIPE, ~9,000 writes a second, measured). So: when the
// parent is gone (checked every second), or a write to the log pipe fails with EPIPE, the
// process is asked to stop as by Ctrl-C (SIGTERM: Medusa closes its connections), and made to
// exit if it has not within 10 s. CommonJS: loaded with --require before the program's own code.
const CHECK_MS = 1_000
const GRACE_MS = 10_000
const parent = process.ppid
let stopping = false

function stop() {
  if (stopping) {
    return
  }
  stopping = true
  setTimeout(() => process.exit(0), GRACE_MS).unref()
  process.kill(process.pid, "SIGTERM")
}

function parentAlive() {
  try {
    process.kill(parent, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

setInterval(() => parentAlive() || stop(), CHECK_MS).unref()

for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") {
      throw error
    }
    // Nothing reads the log any more: further writes go nowhere instead of failing again.
    stream.write = () => true
    stop()
  })
}
