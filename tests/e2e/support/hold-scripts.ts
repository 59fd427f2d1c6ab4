import type { Page } from "@playwright/test"

/**
 * Holds the page's scripts back until the returned function is called: the page as a shopper on a
 * slow phone has it, readable and clickable before React has hydrated. Only scripts are held; a
 * held stylesheet would hold the HTML parser too.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/_next\/static\/chunks\/.*\.js(\?|$)/, async (route) => {
    await released
    await route.continue()
  })
  return release
}
