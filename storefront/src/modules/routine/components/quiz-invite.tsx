import Link from "next/link"
import { links } from "@/lib/util/links"

/** The way into the quiz from the home page, the guide's conclusion and the shop. */
export function QuizInvite({ countryCode, className = "" }: { countryCode: string; className?: string }) {
  return (
    <section
      aria-labelledby="quiz-invite-title"
      className={`flex flex-wrap items-center justify-between gap-4 rounded-3xl bg-blush/60 p-6 ${className}`}
    >
      <div className="max-w-xl">
        <h2 id="quiz-invite-title" className="font-serif text-2xl">
          Which of these suit your skin?
        </h2>
        <p className="mt-1 text-muted">
          Six questions to a routine of your own: what to use morning and evening, on which days, and what not to
          combine.
        </p>
      </div>
      <Link
        href={links.routine(countryCode)}
        className="inline-flex rounded-full bg-ink px-6 py-3 font-semibold text-cream hover:bg-accent"
      >
        Find your routine
      </Link>
    </section>
  )
}
