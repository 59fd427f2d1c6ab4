import net from "node:net"
import { UserFacingError } from "./log.mjs"

export function checkNodeVersion() {
  const [major, minor] = process.versions.node.split(".").map(Number)
  const supported = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22
  if (!supported) {
    throw new UserFacingError(
      `Node ${process.versions.node} is too old or unsupported.`,
      "Install Node 20.19 or newer (20.x LTS or 22.12+), then run the command again."
    )
  }
}

/** Resolves when nothing listens on the port; throws a readable error otherwise. */
export function checkPortFree(port, what) {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", (error) => {
      reject(
        error.code === "EADDRINUSE"
          ? new UserFacingError(
              `Port ${port} (${what}) is already in use.`,
              `Stop whatever listens there (\`lsof -i :${port}\`), or choose another port in the environment (see README, "Environment").`
            )
          : error
      )
    })
    server.once("listening", () => server.close(() => resolve()))
    server.listen(port, "0.0.0.0")
  })
}

/** A port the OS says is free right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}
