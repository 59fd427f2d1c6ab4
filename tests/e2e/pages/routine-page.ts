import { expect, type Locator, type Page } from "@playwright/test"

/** The routine quiz (`/de/en/routine`, one question per screen) and its result (`/de/en/routine/result`). */
export class RoutineQuiz {
  readonly question: Locator
  readonly progress: Locator

  constructor(readonly page: Page) {
    this.question = page.getByRole("heading", { level: 1 })
    this.progress = page.getByTestId("quiz-progress")
  }

  async goto(store = "de/en") {
    await this.page.goto(`/${store}/routine`)
  }

  /** The focused element's visible words: its label's text for a radio or checkbox. */
  private focused(): Promise<string> {
    return this.page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null
      return ((element?.closest("label") ?? element)?.textContent ?? "").trim()
    })
  }

  /** Presses Tab until the focused control's words start with `words`. */
  async tabTo(words: string, most = 40) {
    for (let presses = 0; presses < most; presses++) {
      await this.page.keyboard.press("Tab")
      if ((await this.focused()).startsWith(words)) {
        return
      }
    }
    throw new Error(`Tab never reached “${words}”`)
  }

  /** Picks a radio by keyboard: Tab into the group, arrow keys to the choice, Space. */
  async chooseByKeyboard(choice: string) {
    await this.page.keyboard.press("Tab")
    for (let presses = 0; presses < 10 && !(await this.focused()).startsWith(choice); presses++) {
      await this.page.keyboard.press("ArrowDown")
    }
    expect(await this.focused()).toContain(choice)
    await this.page.keyboard.press("Space")
  }

  /** Ticks checkboxes by keyboard: Tab to each, Space. */
  async tickByKeyboard(choices: string[]) {
    for (const choice of choices) {
      await this.tabTo(choice)
      await this.page.keyboard.press("Space")
    }
  }

  /** Tab to the form's submit button (Next, or Show my routine) and press Enter. */
  async nextByKeyboard(button = "Next") {
    const before = this.page.url()
    await this.tabTo(button)
    await this.page.keyboard.press("Enter")
    await expect(this.page).not.toHaveURL(before)
  }

  /** Answers a question with the mouse (pages without JavaScript): the choices, then the button. */
  async answer(choices: string[], button = "Next") {
    const before = this.page.url()
    for (const choice of choices) {
      await this.page.getByLabel(choice, { exact: true }).check()
    }
    await this.page.getByRole("button", { name: button }).click()
    // The next question (or the result) has its own URL: wait for it before answering on.
    await expect(this.page).not.toHaveURL(before)
  }

  async expectQuestion(number: number, title: string) {
    await expect(this.progress).toHaveText(`Question ${number} of 6`)
    await expect(this.question).toHaveText(title)
  }
}

/** The routine's result page. */
export class RoutineResult {
  readonly heading: Locator
  readonly morning: Locator
  readonly evening: Locator
  readonly week: Locator
  readonly warnings: Locator
  readonly addToCart: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Your pore-care routine" })
    this.morning = page.getByRole("region", { name: "Morning" })
    this.evening = page.getByRole("region", { name: "Evening" })
    this.week = page.getByRole("table", { name: /Your week/ })
    this.warnings = page.getByTestId("plan-warnings")
    this.addToCart = page.getByRole("button", { name: "Add my routine to the cart" })
  }

  /** The titles of the products the plan uses, morning and evening, each once. */
  async productTitles(): Promise<string[]> {
    const titles = await this.page.getByTestId("plan-step").getByRole("heading", { level: 3 }).allInnerTexts()
    return [...new Set(titles.map((title) => title.trim()))].sort()
  }

  /** The cart-ready items the page posts (the plan's `items`). */
  async items(): Promise<{ variant_id: string; quantity: number }[]> {
    return JSON.parse((await this.page.locator('input[name="items"]').inputValue()) || "[]")
  }
}
