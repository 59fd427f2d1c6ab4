import { redirect } from "next/navigation"
import { pageStore, type StoreParams } from "@/lib/util/store"
import type { NextRequest } from "next/server"
import { currentCustomer } from "@/lib/data/account"
import { rememberPregnancyAnswer } from "@/lib/server/cookies"
import { links } from "@/lib/util/links"
import { resultHref } from "@/lib/util/routine-quiz"

export const dynamic = "force-dynamic"

/**
 * Opens the routine saved in the shopper's account: its pregnancy answer (saved only with their
 * consent) goes back into the httpOnly cookie, never into the result's URL.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<StoreParams> }) {
  const store = await pageStore(params)
  const customer = await currentCustomer()
  if (!customer) {
    redirect(`${links.account(store.path)}/login`)
  }
  if (!customer.savedRoutine) {
    redirect(links.routine(store.path))
  }
  if (customer.savedRoutine.pregnant !== undefined) {
    await rememberPregnancyAnswer(customer.savedRoutine.pregnant)
  }
  redirect(resultHref(store.path, customer.savedRoutine.answers))
}
