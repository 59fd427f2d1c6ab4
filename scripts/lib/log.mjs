// Progress lines for the start and test scripts: one line per stage, errors as sentences.

const useColor = process.stdout.isTTY && !process.env.NO_COLOR
const paint = (code) => (text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text)
export const bold = paint(1)
export const dim = paint(2)
const green = paint(32)
const red = paint(31)
const yellow = paint(33)

export class UserFacingError extends Error {
  /** @param {string} message what went wrong, @param {string} [hint] what to do about it */
  constructor(message, hint) {
    super(message)
    this.hint = hint
  }
}

/** Runs one stage and prints how long it took; rethrows failures. */
export async function stage(title, run) {
  const started = Date.now()
  process.stdout.write(`${bold("›")} ${title} …\n`)
  try {
    const result = await run()
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    process.stdout.write(`  ${green("✓")} ${title} ${dim(`(${seconds}s)`)}\n`)
    return result
  } catch (error) {
    process.stdout.write(`  ${red("✗")} ${title}\n`)
    throw error
  }
}

export function info(message) {
  process.stdout.write(`  ${message}\n`)
}

export function warn(message) {
  process.stdout.write(`  ${yellow("!")} ${message}\n`)
}

/** Prints a failure for a person, not a stack trace, and exits. */
export function exitWithError(error) {
  if (error instanceof UserFacingError) {
    process.stderr.write(`\n${red("Error:")} ${error.message}\n`)
    if (error.hint) {
      process.stderr.write(`${error.hint}\n`)
    }
  } else {
    process.stderr.write(`\n${red("Unexpected error:")} ${error?.stack ?? error}\n`)
  }
  process.exit(1)
}
