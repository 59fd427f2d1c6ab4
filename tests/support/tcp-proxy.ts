import net from "node:net"

/**
 * A TCP relay to a server, that a test can switch off and on: while off, its port refuses
 * connections and open ones are cut, which is what a client sees of a server that stopped.
 */
export async function tcpRelay(target: URL, port: number) {
  const sockets = new Set<net.Socket>()
  let server: net.Server | null = null
  const track = (socket: net.Socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
    socket.on("error", () => socket.destroy())
  }
  const relay = {
    url: `http://127.0.0.1:${port}`,
    open: () =>
      new Promise<void>((resolve, reject) => {
        server = net.createServer((client) => {
          const upstream = net.connect(Number(target.port), target.hostname)
          track(client)
          track(upstream)
          client.on("close", () => upstream.destroy())
          upstream.on("close", () => client.destroy())
          client.pipe(upstream).pipe(client)
        })
        server.once("error", reject)
        server.listen(port, "127.0.0.1", () => resolve())
      }),
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy())
        if (!server) return resolve()
        server.close(() => resolve())
        server = null
      }),
  }
  await relay.open()
  return relay
}
