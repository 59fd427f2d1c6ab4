import type { SavedRoutine } from "@/lib/util/routine-quiz"
import { links } from "@/lib/util/links"
import { label } from "@/lib/util/skincare-labels"

/** The routine the shopper saved from the quiz's result, with the way back to it. */
export function SavedRoutineCard({ routine, storePath }: { routine: SavedRoutine | null; storePath: string }) {
  if (!routine) {
    return (
      <p className="mt-4">
        No routine saved yet.{" "}
        <a href={links.routine(storePath)} className="text-accent underline">
          Find your routine
        </a>{" "}
        in six questions.
      </p>
    )
  }
  const { answers } = routine
  const facts = [
    `${label(answers.skin ?? "")} skin`,
    ...(answers.concerns ?? []).map(label),
    answers.minutes ? `${answers.minutes} minutes in the evening` : null,
    answers.fragrance ? "Fragrance-free" : null,
  ].filter(Boolean)
  return (
    <div className="mt-4 space-y-2" data-testid="saved-routine">
      <p>{facts.join(" · ")}</p>
      {routine.saved_at ? (
        <p className="text-sm text-muted">
          Saved {new Date(routine.saved_at).toLocaleDateString("en-GB", { dateStyle: "medium" })}
          {routine.pregnant !== undefined ? ", with your answer about pregnancy or breastfeeding" : ""}.
        </p>
      ) : null}
      {/* A route that restores the consented pregnancy answer into its cookie, then opens the result. */}
      <a href={links.savedRoutine(storePath)} className="inline-flex font-semibold text-accent underline">
        Open my routine
      </a>
    </div>
  )
}
