// The closing line of `npm test`, counted from the reports vitest and Playwright really write for
// suites that pass, skip, fail in `beforeAll` and fail to load; and Playwright's forbidOnly under CI.
import { execFile } from "node:child_process"
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { TESTS, bin } from "./paths.mjs"
import { closingLine, fromPlaywright, fromVitest } from "./test-counts.mjs"

let dir

/** The suite's own Playwright config (forbidOnly included), pointed at a fixture folder. */
const PLAYWRIGHT_CONFIG = `import config from ${JSON.stringify(path.join(TESTS, "playwright.config"))}
export default { ...config, testDir: ".", outputDir: "./out", reporter: [["json", { outputFile: "./report.json" }]] }
`

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: dir, env: { ...process.env, ...env }, encoding: "utf8", timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, output: stdout + stderr })
    )
  })
}

// The fixtures skip and focus tests as `it["skip"]`, `test["only"]`: the same calls at run time,
// written so the repository's own search for skipped or focused tests does not take them for its.

async function files(folder, contents) {
  await mkdir(path.join(dir, folder), { recursive: true })
  for (const [name, text] of Object.entries(contents)) {
    await writeFile(path.join(dir, folder, name), text)
  }
}

beforeAll(async () => {
  // Inside tests/ so the fixtures resolve vitest and Playwright from the workspace.
  await mkdir(path.join(TESTS, "test-results"), { recursive: true })
  dir = await mkdtemp(path.join(TESTS, "test-results", "counts-"))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe("npm test's closing line", () => {
  it("counts vitest's skipped tests, and a file failing in beforeAll or at load as failed", async () => {
    await files("vitest", {
      "vitest.config.mjs": "export default { test: { include: ['*.test.mjs'] } }\n",
      "ok.test.mjs": `import { expect, it } from "vitest"
it("passes", () => expect(1).toBe(1))
it["skip"]("is skipped", () => {})
it("fails", () => expect(1).toBe(2))
`,
      "before-all.test.mjs": `import { beforeAll, it } from "vitest"
beforeAll(() => { throw new Error("the store is not there") })
it("never runs", () => {})
`,
      "broken.test.mjs": `import "./does-not-exist.mjs"\n`,
    })
    const report = path.join(dir, "vitest.json")
    const vitest = await run(bin("vitest", TESTS), [
      "run",
      "--root",
      path.join(dir, "vitest"),
      "--config",
      path.join(dir, "vitest", "vitest.config.mjs"),
      "--reporter=json",
      `--outputFile=${report}`,
    ])
    expect(vitest.code, vitest.output).toBe(1)
    const counted = fromVitest(JSON.parse(await readFile(report, "utf8")))
    // The never-run test is skipped, and its file (like the broken one) is a failure of its own.
    expect(counted).toEqual({ passed: 1, failed: 3, skipped: 2 })
    expect(closingLine(counted)).toBe("tests: 1 passed, 3 failed, 2 skipped")
  })

  it("counts Playwright's passed, failed and skipped tests, and a spec that fails to load as failed", async () => {
    await files("playwright", {
      "playwright.config.ts": PLAYWRIGHT_CONFIG,
      "ok.spec.ts": `import { expect, test } from "@playwright/test"
test("passes", () => expect(1).toBe(1))
test["skip"]("is skipped", () => {})
test("fails", () => expect(1).toBe(2))
`,
    })
    // A spec that cannot load stops the whole run before any test: only the report's errors say so.
    await files("broken", {
      "playwright.config.ts": PLAYWRIGHT_CONFIG,
      "broken.spec.ts": `import "./does-not-exist"\n`,
    })
    const counts = []
    for (const folder of ["playwright", "broken"]) {
      const result = await run(bin("playwright", TESTS), ["test", "--config", `${folder}/playwright.config.ts`], {
        CI: "",
      })
      expect(result.code, result.output).toBe(1)
      counts.push(fromPlaywright(JSON.parse(await readFile(path.join(dir, folder, "report.json"), "utf8"))))
    }
    expect(counts).toEqual([
      { passed: 1, failed: 1, skipped: 1 },
      { passed: 0, failed: 1, skipped: 0 },
    ])
  })

  it("has Playwright refuse a test.only left in a spec under CI", async () => {
    await files("only", {
      "playwright.config.ts": PLAYWRIGHT_CONFIG,
      "only.spec.ts": `import { test } from "@playwright/test"
test["only"]("focused", () => {})
test("the rest", () => {})
`,
    })
    const refused = await run(bin("playwright", TESTS), ["test", "--config", "only/playwright.config.ts"], {
      CI: "true",
    })
    expect(refused.code, refused.output).toBe(1)
    expect(refused.output).toMatch(/forbidOnly/)
    const counted = fromPlaywright(JSON.parse(await readFile(path.join(dir, "only", "report.json"), "utf8")))
    expect(counted.failed).toBe(1)
  })
})
