// `npm test`: builds the store, boots it once on a fresh database, runs the API and browser suites
// against it, then removes everything it made.
import { randomBytes } from "node:crypto"
import { mkdtemp, readFile, rm } from "node:fs/promises"
import { existsSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { spawn } from "node:child_process"
import { buildBackend, buildStorefront, buildStripeFake } from "./lib/build.mjs"
import { bold, exitWithError, info, stage } from "./lib/log.mjs"
import { TESTS, bin } from "./lib/paths.mjs"
import { dropDatabase, ensureDatabase, startEmbeddedPostgres, withDatabase } from "./lib/postgres.mjs"
import { checkNodeVersion, freePort } from "./lib/preflight.mjs"
import { stopAllServices } from "./lib/processes.mjs"
import { backendEnvironment, prepareDatabase, readPublishableKey, startBackend, startStorefront } from "./lib/stack.mjs"
import { ensureSystemTools } from "./lib/system-deps.mjs"
import { closingLine, fromPlaywright, fromVitest } from "./lib/test-counts.mjs"
import { createSmtpServer } from "../tests/support/smtp-server.mjs"

const cleanup = []

async function cleanUp() {
  await stopAllServices()
  for (const task of cleanup.reverse()) {
    await task().catch((error) => info(`cleanup: ${error.message}`))
  }
  cleanup.length = 0
}

/** The PostgreSQL server to test on: DATABASE_URL's, or an embedded one of the run's own. */
async function testServer(workDir) {
  if (process.env.DATABASE_URL) {
    return process.env.DATABASE_URL
  }
  const port = await freePort()
  const server = await stage(`Start an embedded PostgreSQL on :${port}`, () =>
    startEmbeddedPostgres({ dataDir: path.join(workDir, "pg"), port })
  )
  cleanup.push(server.stop)
  return server.url
}

function runSuite(name, command, args, env) {
  return new Promise((resolve) => {
    process.stdout.write(`\n${bold(`── ${name} ──`)}\n`)
    const child = spawn(command, args, { cwd: TESTS, env, stdio: "inherit" })
    child.on("close", (code) => resolve(code ?? 1))
  })
}

async function count(file, read) {
  if (!existsSync(file)) {
    return { passed: 0, failed: 0, skipped: 0 }
  }
  return read(JSON.parse(await readFile(file, "utf8")))
}

async function main() {
  checkNodeVersion()
  const started = Date.now()
  await ensureSystemTools()
  const buildEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" }
  await buildStripeFake(buildEnv)
  await buildBackend(buildEnv)
  await buildStorefront(buildEnv)
  // Built just now, so imported only now: Node runs the fake's compiled JavaScript.
  const { createFakeStripe } = await import("../tests/fakes/dist/stripe/index.js")

  const workDir = await mkdtemp(path.join(os.tmpdir(), "lcl-test-"))
  cleanup.push(() => rm(workDir, { recursive: true, force: true }))
  process.on("SIGINT", () => cleanUp().then(() => process.exit(130)))

  const server = await testServer(workDir)
  const databaseUrl = withDatabase(server, `lcl_test_${Date.now().toString(36)}_${process.pid}`)
  await stage("Create a fresh test database", () => ensureDatabase(databaseUrl))
  if (process.env.KEEP_TEST_DATABASE !== "true") {
    cleanup.unshift(() => dropDatabase(databaseUrl))
  }

  const [backendPort, storefrontPort] = [await freePort(), await freePort()]
  const storefrontUrl = `http://localhost:${storefrontPort}`
  // Stripe's servers cannot be reached: the backend's Stripe provider talks to a local fake of
  // its API, switched on by the test setting STRIPE_TEST_API_URL (refused in production).
  const stripe = createFakeStripe()
  const stripeUrl = await stripe.listen()
  cleanup.push(() => stripe.close())
  // E-mail leaves through a real SMTP server of the run's own; tests read what arrived over HTTP.
  const smtp = createSmtpServer({ password: randomBytes(12).toString("hex") })
  const mail = await smtp.listen()
  cleanup.push(() => smtp.close())
  const env = backendEnvironment({
    databaseUrl,
    backendPort,
    storefrontUrl,
    dataDir: workDir,
    extra: {
      STRIPE_API_KEY: stripe.secretKey,
      STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString("hex")}`,
      STRIPE_TEST_API_URL: stripeUrl,
      SMTP_URL: mail.smtpUrl,
      MAIL_FROM: "LACREMELUXE <orders@lacremeluxe.test>",
      // One backend process that also runs subscribers and jobs, even with REDIS_URL: Medusa's
      // cluster mode (npm start with Redis) would need a worker process of its own beside it, and
      // two cores run the suite faster with one. The supervisor's cluster restart has its own test.
      BACKEND_SERVERS: process.env.BACKEND_SERVERS ?? "1",
    },
  })
  const logs = path.join(workDir, "logs")
  await import("node:fs/promises").then((fs) => fs.mkdir(logs, { recursive: true }))
  const keepLogs = path.join(TESTS, "test-results", "logs")

  await prepareDatabase(env, path.join(logs, "setup.log"))
  const publishableKey = await readPublishableKey(env)
  await startBackend(env, path.join(logs, "backend.log"))
  await startStorefront({
    port: storefrontPort,
    backendUrl: env.MEDUSA_BACKEND_URL,
    publishableKey,
    revalidateSecret: env.REVALIDATE_SECRET,
    clientIpSecret: env.CLIENT_IP_SECRET,
    logFile: path.join(logs, "storefront.log"),
  })

  const testEnv = {
    ...env,
    LCL_BACKEND_URL: env.MEDUSA_BACKEND_URL,
    LCL_STOREFRONT_URL: storefrontUrl,
    LCL_PUBLISHABLE_KEY: publishableKey,
    LCL_DATABASE_URL: databaseUrl,
    LCL_BACKEND_ENV: JSON.stringify(env),
    LCL_STRIPE_PUBLISHABLE_KEY: stripe.publishableKey,
    LCL_MAIL_URL: mail.httpUrl,
    LCL_LOG_DIR: logs,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
  }
  const reports = path.join(TESTS, "test-results")
  await rm(reports, { recursive: true, force: true })
  // `npm test api stripe`, `npm test e2e checkout`: one half, only the files matching the words after
  // it. `npm test seed shop`: the files matching in both halves (a half with none passes).
  const words = process.argv.slice(2)
  const only = words[0] === "api" || words[0] === "e2e" ? words.shift() : undefined
  const filtered = words.length && !only
  const apiCode =
    only === "e2e"
      ? 0
      : await runSuite(
          "API and unit tests (vitest)",
          bin("vitest", TESTS),
          ["run", ...words, ...(filtered ? ["--passWithNoTests"] : [])],
          testEnv
        )
  const e2eCode =
    only === "api"
      ? 0
      : await runSuite(
          "Browser tests (Playwright, Debian's Chromium)",
          bin("playwright", TESTS),
          ["test", ...words, ...(filtered ? ["--pass-with-no-tests"] : [])],
          testEnv
        )

  await import("node:fs/promises").then((fs) => fs.cp(logs, keepLogs, { recursive: true }))
  await cleanUp()

  const api = await count(path.join(reports, "vitest.json"), fromVitest)
  const e2e = await count(path.join(reports, "playwright.json"), fromPlaywright)
  const passed = api.passed + e2e.passed
  const failed = api.failed + e2e.failed
  const skipped = api.skipped + e2e.skipped
  const minutes = ((Date.now() - started) / 60000).toFixed(1)
  process.stdout.write(`\nServer logs: ${keepLogs}\nTotal time: ${minutes} min\n`)
  process.stdout.write(`${closingLine({ passed, failed, skipped })}\n`)
  process.exit(apiCode || e2eCode || failed ? 1 : passed ? 0 : 1)
}

main().catch(async (error) => {
  await cleanUp()
  exitWithError(error)
})
