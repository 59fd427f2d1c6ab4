import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { links } from "@/lib/util/links"
import { storeAlternates } from "@/lib/util/metadata"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { notFound, redirect } from "next/navigation"
import { currentCustomer } from "@/lib/data/account"
import { regionForCountry } from "@/lib/data/regions"
import { getRoutinePlan } from "@/lib/data/routine-plan"
import { pregnancyAnswer } from "@/lib/server/cookies"
import { answersFromParams, firstUnanswered, quizHref, routineRequest } from "@/lib/util/routine-quiz"
import { PlanTemplate } from "@/modules/routine/templates/plan-template"

type Props = {
  params: Promise<StoreParams>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await pageStore(params)
  const t = await getTranslations("routine.plan")
  return {
    title: t("kicker"),
    description: t("metaDescription"),
    alternates: storeAlternates(store, links.routineResult),
    robots: { index: false, follow: true },
  }
}

/**
 * The plan for the answers in the URL and the pregnancy answer in the cookie. A shared link has no
 * pregnancy answer: the shopper is asked for it first, then comes back here.
 */
export default async function RoutineResultPage({ params, searchParams }: Props) {
  const [store, raw] = await Promise.all([pageStore(params), searchParams])
  const region = await regionForCountry(store.country)
  if (!region) {
    notFound()
  }
  const answers = answersFromParams(raw)
  const pregnant = await pregnancyAnswer()
  const request = routineRequest(region.id, answers, pregnant)
  if (!request) {
    const missing = firstUnanswered(answers, pregnant) ?? 1
    redirect(quizHref(store.path, missing, answers, { then: "result" }))
  }
  const [answer, customer] = await Promise.all([getRoutinePlan(request, store.locale), currentCustomer()])
  return (
    <PlanTemplate
      storePath={store.path}
      answers={answers}
      pregnant={pregnant}
      answer={answer}
      signedIn={Boolean(customer)}
    />
  )
}
