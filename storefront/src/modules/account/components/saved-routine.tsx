import type { SavedRoutine } from "@/lib/util/routine-quiz"
import { useLocale, useTranslations } from "next-intl"
import { links } from "@/lib/util/links"
import { vocabulary } from "@/lib/util/vocabulary"

/** The routine the shopper saved from the quiz's result, with the way back to it. */
export function SavedRoutineCard({ routine, storePath }: { routine: SavedRoutine | null; storePath: string }) {
  const t = useTranslations("routine.saved")
  const locale = useLocale()
  const words = vocabulary(locale)
  if (!routine) {
    return (
      <p className="mt-4">
        {t.rich("none", {
          quiz: (chunks) => (
            <a href={links.routine(storePath)} className="text-accent underline">
              {chunks}
            </a>
          ),
        })}
      </p>
    )
  }
  const { answers } = routine
  const facts = [
    answers.skin ? t("skin", { skin: words.skin_types[answers.skin] }) : null,
    ...(answers.concerns ?? []).map((concern) => words.concerns[concern]),
    answers.minutes ? t("minutes", { minutes: answers.minutes }) : null,
    answers.fragrance ? t("fragranceFree") : null,
  ].filter(Boolean)
  return (
    <div className="mt-4 space-y-2" data-testid="saved-routine">
      <p>{facts.join(" · ")}</p>
      {routine.saved_at ? (
        <p className="text-sm text-muted">
          {t(routine.pregnant !== undefined ? "savedOnWithPregnancy" : "savedOn", {
            date: new Date(routine.saved_at).toLocaleDateString(locale, { dateStyle: "medium" }),
          })}
        </p>
      ) : null}
      {/* A route that restores the consented pregnancy answer into its cookie, then opens the result. */}
      <a href={links.savedRoutine(storePath)} className="inline-flex font-semibold text-accent underline">
        {t("open")}
      </a>
    </div>
  )
}
