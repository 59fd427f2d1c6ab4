import "server-only"
import { getTranslations } from "next-intl/server"
import { FetchError } from "@medusajs/js-sdk"
import type { RoutinePlan, RoutineRequest, RoutineResponse } from "@lacremeluxe/shared"
import { inLocale, medusa } from "./medusa"
import { clientHeaders, personal } from "../server/session"

export type PlanAnswer = { ok: true; plan: RoutinePlan } | { ok: false; message: string }

/**
 * The shopper's plan from `POST /store/routines`: a JSON body, never a query string, because the
 * answers include the pregnancy one. Per shopper, never cached; nothing of the request is logged.
 */
export async function getRoutinePlan(request: RoutineRequest, locale: string): Promise<PlanAnswer> {
  try {
    const { routine } = await medusa().client.fetch<RoutineResponse>("/store/routines", {
      method: "POST",
      body: request,
      headers: { ...(await clientHeaders()), ...(await personal()), ...inLocale(locale) },
      cache: "no-store",
    })
    return { ok: true, plan: routine }
  } catch (error) {
    if (error instanceof FetchError && error.status && error.status < 500) {
      return { ok: false, message: error.message }
    }
    // The status only: the request holds health data.
    console.error("routine plan failed", error instanceof FetchError ? error.status : "network")
    return { ok: false, message: (await getTranslations({ locale, namespace: "routine.actions" }))("planFailed") }
  }
}
