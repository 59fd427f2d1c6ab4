import Link from "next/link"
import { useTranslations } from "next-intl"
import { links } from "@/lib/util/links"

/** The way into the quiz from the home page, the guide's conclusion and the shop. */
export function QuizInvite({ storePath, className = "" }: { storePath: string; className?: string }) {
  const t = useTranslations("quizInvite")
  return (
    <section
      aria-labelledby="quiz-invite-title"
      className={`flex flex-wrap items-center justify-between gap-4 rounded-3xl bg-blush/60 p-6 ${className}`}
    >
      <div className="max-w-xl">
        <h2 id="quiz-invite-title" className="font-serif text-2xl">
          {t("title")}
        </h2>
        <p className="mt-1 text-muted">{t("text")}</p>
      </div>
      <Link
        href={links.routine(storePath)}
        className="inline-flex rounded-full bg-ink px-6 py-3 font-semibold text-cream hover:bg-accent"
      >
        {t("cta")}
      </Link>
    </section>
  )
}
