// A Redis of the test's own: `redis-server` on a free port, in memory, stopped by the test.
// Used where a test needs a Redis but the run has no REDIS_URL (README: nothing else is needed;
// `npm test` installs Debian's redis-server when it is missing).
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { createServer, connect } from "node:net"

const BINARY = "/usr/bin/redis-server"

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function answers(port) {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1")
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", (data) => {
      socket.destroy()
      resolve(data.toString().startsWith("+PONG"))
    })
    socket.once("error", () => resolve(false))
  })
}

/** Starts a private redis-server; resolves once it answers PING. */
export async function startRedisServer() {
  if (!existsSync(BINARY)) {
    throw new Error(
      "redis-server is not installed: install Debian's redis-server (`apt-get install redis-server`) or set REDIS_URL."
    )
  }
  const port = await freePort()
  const child = spawn(BINARY, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "ignore", "pipe"],
  })
  let stderr = ""
  child.stderr.on("data", (chunk) => (stderr += chunk))
  const exited = new Promise((resolve) => child.once("exit", resolve))
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) {
      break
    }
    if (await answers(port)) {
      return {
        url: `redis://127.0.0.1:${port}`,
        async stop() {
          if (child.exitCode === null) {
            child.kill("SIGTERM")
            await exited
          }
        },
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  child.kill("SIGKILL")
  throw new Error(`redis-server did not start on port ${port}: ${stderr.trim() || "no answer to PING"}`)
}
