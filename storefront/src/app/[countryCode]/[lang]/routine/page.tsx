import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { links } from "@/lib/util/links"
import { storeAlternates } from "@/lib/util/metadata"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { notFound } from "next/navigation"
import { regionForCountry } from "@/lib/data/regions"
import { pregnancyAnswer } from "@/lib/server/cookies"
import { answersFromParams, QUIZ_STEPS, quizStepNumber } from "@/lib/util/routine-quiz"
import { QuizTemplate } from "@/modules/routine/templates/quiz-template"

type Props = {
  params: Promise<StoreParams>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [store, query] = await Promise.all([pageStore(params), searchParams])
  const number = quizStepNumber(query)
  const t = await getTranslations("routine.quiz")
  return {
    title: t("metaTitle", { number, total: QUIZ_STEPS.length }),
    description: t("metaDescription"),
    alternates: storeAlternates(store, links.routine),
    robots: number > 1 ? { index: false, follow: true } : undefined,
  }
}

/** The quiz: one question per request, the shareable answers in the URL. Per visitor (a cookie is read). */
export default async function RoutineQuizPage({ params, searchParams }: Props) {
  const [store, raw] = await Promise.all([pageStore(params), searchParams])
  const region = await regionForCountry(store.country)
  if (!region) {
    notFound()
  }
  return (
    <QuizTemplate
      storePath={store.path}
      currencyCode={region.currencyCode}
      number={quizStepNumber(raw)}
      answers={answersFromParams(raw)}
      pregnant={await pregnancyAnswer()}
      refused={raw.error === "1"}
      thenResult={raw.then === "result"}
    />
  )
}
