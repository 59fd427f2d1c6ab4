import { expect, test, type Page } from "@playwright/test"
import AxeBuilder from "@axe-core/playwright"
import { AccountPage, newEmail } from "./pages/account-page"
import { RoutineQuiz, RoutineResult } from "./pages/routine-page"

/**
 * URLs that carry a pregnancy or breastfeeding answer: any parameter or path part naming it. The
 * footer's link to the shop's product filter (`pregnancy_safe=true`, the same for every visitor)
 * names products, not the shopper, and is no answer.
 */
function carryingPregnancy(urls: string[]): string[] {
  return urls.filter((href) => {
    const url = new URL(href)
    const params = [...url.searchParams].filter(([name]) => name !== "pregnancy_safe").flat()
    return [url.pathname, url.hash, ...params].some((part) => /pregnan|breastfeed/i.test(part))
  })
}

/** Every URL the browser asked for or showed: requests (redirects included) and navigations. */
function recordUrls(page: Page): string[] {
  const urls: string[] = []
  page.on("request", (request) => urls.push(request.url()))
  page.on("framenavigated", (frame) => urls.push(frame.url()))
  return urls
}

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
}

test("the quiz by keyboard, one question per screen, to a routine whose items all go into the cart in one click; the pregnancy answer is in no URL", async ({
  page,
  context,
}) => {
  const urls = recordUrls(page)
  const quiz = new RoutineQuiz(page)
  await quiz.goto()
  await quiz.expectQuestion(1, "What is your skin type?")
  await expect(quiz.question).toBeFocused()
  await expectNoAxeViolations(page)
  await quiz.chooseByKeyboard("Oily")
  await quiz.nextByKeyboard()

  await quiz.expectQuestion(2, "What would you like to work on?")
  await expect(quiz.question).toBeFocused()
  await expect(page).toHaveURL(/[?&]skin=oily/)
  await quiz.tickByKeyboard(["Visible pores", "Blackheads"])
  await quiz.nextByKeyboard()

  await quiz.expectQuestion(3, "Are you pregnant or breastfeeding?")
  await expect(quiz.question).toBeFocused()
  await expectNoAxeViolations(page)
  await quiz.chooseByKeyboard("Yes")
  await quiz.nextByKeyboard()

  await quiz.expectQuestion(4, "Is your skin sensitive to fragrance?")
  await expect(quiz.question).toBeFocused()
  // Back keeps the answers: the pregnancy one is shown again from its cookie.
  await page.getByRole("link", { name: "Back", exact: true }).click()
  await quiz.expectQuestion(3, "Are you pregnant or breastfeeding?")
  await expect(page.getByLabel("Yes")).toBeChecked()
  await quiz.nextByKeyboard()
  await quiz.expectQuestion(4, "Is your skin sensitive to fragrance?")
  await quiz.chooseByKeyboard("No")
  await quiz.nextByKeyboard()

  await quiz.expectQuestion(5, "How much time do you have in the evening?")
  await quiz.chooseByKeyboard("10 minutes")
  await quiz.nextByKeyboard()

  await quiz.expectQuestion(6, "What is your budget per month?")
  await quiz.nextByKeyboard("Show my routine")

  const result = new RoutineResult(page)
  await expect(result.heading).toBeVisible()
  await expect(page).toHaveURL(
    /\/de\/en\/routine\/result\?skin=oily&concerns=visible-pores%2Cblackheads&fragrance=no&minutes=10/
  )
  await expect(result.morning.getByTestId("plan-step").first()).toBeVisible()
  await expect(result.evening.getByTestId("plan-step").first()).toBeVisible()
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) {
    await expect(result.week.getByRole("rowheader", { name: day, exact: true })).toBeVisible()
  }
  await expect(result.week.getByRole("columnheader")).toHaveText(["Day", "Morning", "Evening"])
  // Pregnant or breastfeeding: no retinoid, and the plan says why.
  await expect(result.warnings.locator('[data-code="retinol_pregnancy"]')).toBeVisible()
  await expectNoAxeViolations(page)

  const items = await result.items()
  const titles = await result.productTitles()
  expect(items.length).toBeGreaterThan(1)
  expect(items.length).toBe(titles.length)
  await result.addToCart.click()
  await expect(page.getByRole("status").filter({ hasText: "Your routine is in your cart" })).toBeVisible()
  await expect(page.getByTestId("cart-count")).toContainText(
    String(items.reduce((sum, item) => sum + item.quantity, 0))
  )

  await page.getByRole("link", { name: "View your cart" }).click()
  const lines = page.getByTestId("cart-line")
  await expect(lines).toHaveCount(items.length)
  const cartTitles = (await page.getByRole("list", { name: "Items in your cart" }).getByRole("link").allInnerTexts())
    .map((title) => title.trim())
    .sort()
  expect(cartTitles).toEqual(titles)

  const cookie = (await context.cookies()).find((c) => c.name === "lcl_routine_pregnancy")
  expect(cookie).toMatchObject({ value: "yes", httpOnly: true })
  expect(urls.length).toBeGreaterThan(6)
  expect(carryingPregnancy(urls)).toEqual([])
})

test("without JavaScript the quiz still reaches a routine, and no URL carries the pregnancy answer", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const urls = recordUrls(page)
  const quiz = new RoutineQuiz(page)
  await quiz.goto()
  await quiz.expectQuestion(1, "What is your skin type?")
  await quiz.answer(["Dry"])
  await quiz.expectQuestion(2, "What would you like to work on?")
  await quiz.answer(["Dryness", "Dullness"])
  await quiz.expectQuestion(3, "Are you pregnant or breastfeeding?")
  await quiz.answer(["No"])
  await quiz.expectQuestion(4, "Is your skin sensitive to fragrance?")
  await quiz.answer(["Yes"])
  await quiz.expectQuestion(5, "How much time do you have in the evening?")
  await quiz.answer(["20 minutes: the full routine"])
  await quiz.expectQuestion(6, "What is your budget per month?")
  await page.getByLabel(/Budget per month/).fill("80")
  await page.getByRole("button", { name: "Show my routine" }).click()

  const result = new RoutineResult(page)
  await expect(result.heading).toBeVisible()
  await expect(page).toHaveURL(/skin=dry&concerns=dryness%2Cdullness&fragrance=yes&minutes=20&budget=80/)
  await expect(result.evening.getByTestId("plan-step").first()).toBeVisible()
  await expect(result.week).toBeVisible()
  expect(carryingPregnancy(urls)).toEqual([])
  await context.close()
})

test("a shared link asks the pregnancy question first, then shows the routine", async ({ page }) => {
  const urls = recordUrls(page)
  await page.goto("/de/en/routine/result?skin=combination&concerns=excess-oil&fragrance=no&minutes=5")
  const quiz = new RoutineQuiz(page)
  await quiz.expectQuestion(3, "Are you pregnant or breastfeeding?")
  await quiz.answer(["No"], "Show my routine")
  const result = new RoutineResult(page)
  await expect(result.heading).toBeVisible()
  await expect(page).toHaveURL(
    /\/de\/en\/routine\/result\?skin=combination&concerns=excess-oil&fragrance=no&minutes=5$/
  )
  expect(carryingPregnancy(urls)).toEqual([])
})

test("a signed-in shopper saves the routine; the pregnancy answer only with the consent box ticked", async ({
  page,
}) => {
  await new AccountPage(page).register(newEmail("routine"))
  const quiz = new RoutineQuiz(page)
  await quiz.goto()
  await quiz.answer(["Normal"])
  await quiz.answer([])
  await quiz.answer(["Yes"])
  await quiz.answer(["No"])
  await quiz.answer(["5 minutes: the essentials"])
  await quiz.answer([], "Show my routine")
  const result = new RoutineResult(page)
  await expect(result.heading).toBeVisible()

  const save = page.getByRole("form", { name: "Save this routine" })
  await expect(save.getByRole("checkbox")).not.toBeChecked()
  await save.getByRole("button", { name: "Save to my account" }).click()
  await expect(save.getByRole("status")).toHaveText(/Saved to your account/)
  await page.goto("/de/en/account")
  const saved = page.getByTestId("saved-routine")
  await expect(saved).toContainText("Normal skin · 5 minutes in the evening")
  await expect(saved).not.toContainText("pregnancy")

  await saved.getByRole("link", { name: "Open my routine" }).click()
  await expect(result.heading).toBeVisible()
  await save.getByRole("checkbox").check()
  await save.getByRole("button", { name: "Save to my account" }).click()
  await expect(save.getByRole("status")).toHaveText(/Saved to your account/)
  await page.goto("/de/en/account")
  await expect(saved).toContainText("with your answer about pregnancy or breastfeeding")
})

test("the home page, the guide's conclusion and the shop lead to the quiz", async ({ page }) => {
  for (const path of ["/de/en", "/de/en/guide/pore-care", "/de/en/shop"]) {
    await page.goto(path)
    await page.getByRole("link", { name: "Find your routine" }).click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What is your skin type?")
  }
})

test("a retinoid's page shows its weekly limit and what not to combine it with; in the cart, one click adds the SPF it needs", async ({
  page,
}) => {
  await page.goto("/de/en/products/pore-perfect-0-1-retinol-starter-cream")
  const advice = page.getByRole("region", { name: "In your routine" })
  await expect(advice).toContainText(/evenings? a week/)
  await expect(advice.getByRole("listitem").first()).toBeVisible()
  await page
    .getByRole("button", { name: /to cart$/ })
    .first()
    .click()
  await expect(page.getByTestId("cart-count")).toContainText("1")

  await page.goto("/de/en/cart")
  const needsSpf = page.locator('[data-testid="cart-advice"][data-code="needs_spf"]')
  await expect(needsSpf).toHaveRole("note")
  await expect(needsSpf).toContainText("more sensitive to the sun")
  await expectNoAxeViolations(page)
  await needsSpf.getByRole("button", { name: /^Add SPF/ }).click()
  await expect(page.getByTestId("cart-line")).toHaveCount(2)
  await expect(needsSpf).toHaveCount(0)
})
