import { spawnSync } from "node:child_process"
import path from "node:path"
import { describe, expect, it } from "vitest"

const ROOT = path.resolve(__dirname, "..", "..")

function compose(args: string[], env: Record<string, string> = {}) {
  return spawnSync("docker-compose", ["-f", path.join(ROOT, "docker-compose.yml"), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
  })
}

const secrets = {
  POSTGRES_PASSWORD: "compose-test-password",
  JWT_SECRET: "x".repeat(40),
  COOKIE_SECRET: "y".repeat(40),
  REVALIDATE_SECRET: "z".repeat(40),
  CLIENT_IP_SECRET: "c".repeat(40),
  ADMIN_PASSWORD: "a-real-admin-password",
}

describe("docker-compose.yml", () => {
  it("is a valid compose file with postgres, redis, the backend as server and worker, and the storefront", () => {
    const check = compose(["config", "-q"], secrets)
    expect(check.status, check.stderr).toBe(0)
    const services = compose(["config", "--services"], secrets)
    expect(services.stdout.trim().split("\n").sort()).toEqual(
      ["backend", "postgres", "redis", "storefront", "worker"].sort()
    )
  })

  it("runs the backend server with MEDUSA_WORKER_MODE=server and the worker without the admin", () => {
    const { stdout } = compose(["config"], secrets)
    expect(stdout).toMatch(/MEDUSA_WORKER_MODE: server/)
    expect(stdout).toMatch(/MEDUSA_WORKER_MODE: worker/)
    expect(stdout).toMatch(/DISABLE_MEDUSA_ADMIN: ["']true["']/)
  })

  it("runs as many storefront replicas as asked, sharing Next's cache through Redis", () => {
    const one = compose(["config"], secrets).stdout
    expect(one).toMatch(/replicas: 1\n/)
    const three = compose(["config"], { ...secrets, STOREFRONT_REPLICAS: "3", STOREFRONT_PORTS: "8000-8002" }).stdout
    const storefront = three.slice(three.indexOf("\n  storefront:"))
    expect(storefront).toMatch(/replicas: 3\n/)
    expect(storefront).toMatch(/published: 8000-8002/)
    expect(storefront).toMatch(/REDIS_URL: redis:\/\/redis:6379\/1/)
  })

  it("refuses to render without the production secrets", () => {
    const check = compose(["config", "-q"])
    expect(check.status).toBe(1)
    expect(check.stderr).toMatch(/JWT_SECRET|POSTGRES_PASSWORD|COOKIE_SECRET|ADMIN_PASSWORD/)
  })
})
