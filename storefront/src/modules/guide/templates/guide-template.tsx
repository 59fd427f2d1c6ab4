import type { Guide } from "@lacremeluxe/shared"
import { useTranslations } from "next-intl"
import { QuizInvite } from "@/modules/routine/components/quiz-invite"
import { GuideSectionView, sectionAnchor } from "../components/guide-section"

export function GuideTemplate({ guide, storePath }: { guide: Guide; storePath: string }) {
  const t = useTranslations("guide")
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 pb-24 sm:px-6">
      <header className="py-12 sm:py-16">
        <p className="text-sm font-semibold uppercase tracking-widest text-accent">{t("kicker")}</p>
        <h1 className="mt-3 max-w-3xl font-serif text-4xl leading-tight sm:text-5xl">{guide.title}</h1>
        <p className="mt-4 max-w-2xl text-lg text-muted">{guide.summary}</p>
      </header>
      <div className="lg:grid lg:grid-cols-[14rem_1fr] lg:gap-12">
        <nav aria-label={t("toc")} className="mb-12 lg:sticky lg:top-6 lg:mb-0 lg:self-start">
          <p className="text-sm font-semibold uppercase tracking-widest text-muted">{t("inThisGuide")}</p>
          <ol className="mt-3 space-y-2 text-sm">
            {guide.sections.map((section) => (
              <li key={section.id}>
                <a href={`#${sectionAnchor(section)}`} className="hover:text-accent hover:underline">
                  {section.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <div className="space-y-16">
          {guide.sections.map((section) => (
            <GuideSectionView
              key={section.id}
              section={section}
              currencyCode={guide.currency_code}
              storePath={storePath}
            />
          ))}
          {/* After the conclusion: from the guide everyone reads to a routine of one's own. */}
          <QuizInvite storePath={storePath} />
        </div>
      </div>
    </main>
  )
}
