import { WEEK_DAYS, type RoutinePlan } from "@lacremeluxe/shared"
import { useLocale, useTranslations } from "next-intl"

/**
 * The week at a glance: a real table, a day per row, what to use each morning and evening.
 * Products not used every day stand out, so the acid and retinoid evenings are easy to see.
 */
/** A weekday's name in the locale, from a Monday-based week (2024-01-01 was a Monday). */
function weekday(index: number, locale: string, width: "long" | "short") {
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: "UTC" }).format(Date.UTC(2024, 0, 1 + index))
}

export function WeekTable({ plan }: { plan: RoutinePlan }) {
  const t = useTranslations("routine.week")
  const locale = useLocale()
  const everyDay = new Set(
    [...plan.morning, ...plan.evening].filter((step) => step.uses_per_week >= 7).map((step) => step.product.id)
  )
  const titles = new Map([...plan.morning, ...plan.evening].map((step) => [step.product.id, step.product.title]))
  const byDay = new Map(plan.week.map((day) => [day.day, day]))
  const cell = (ids: string[]) =>
    ids.length ? (
      <ul className="space-y-1">
        {ids.map((id) => (
          <li key={id} className={everyDay.has(id) ? "text-muted" : "font-semibold text-accent"}>
            {titles.get(id) ?? id}
          </li>
        ))}
      </ul>
    ) : (
      <span className="text-muted">{t("nothing")}</span>
    )
  return (
    <div className="mt-16">
      <div
        className="overflow-x-auto rounded-2xl bg-white ring-1 ring-ink/10"
        role="region"
        aria-labelledby="week-caption"
        tabIndex={0}
      >
        <table className="w-full border-collapse text-left text-xs sm:text-sm" data-testid="week-table">
          <caption id="week-caption" className="px-4 pb-2 pt-4 text-left">
            <span className="block font-serif text-3xl">{t("title")}</span>
            <span className="mt-1 block text-muted">
              {t.rich("legend", { mark: (chunks) => <span className="font-semibold text-accent">{chunks}</span> })}
            </span>
          </caption>
          <thead>
            <tr className="border-b border-ink/10">
              <th scope="col" className="py-2 pl-3 pr-1 sm:px-4">
                {t("day")}
              </th>
              <th scope="col" className="px-2 py-2 sm:px-4">
                {t("morning")}
              </th>
              <th scope="col" className="px-2 py-2 sm:px-4">
                {t("evening")}
              </th>
            </tr>
          </thead>
          <tbody>
            {WEEK_DAYS.map((name, index) => {
              const day = byDay.get(name)
              return (
                <tr key={name} className="border-b border-ink/5 align-top last:border-0">
                  <th scope="row" className="py-3 pl-3 pr-1 font-semibold sm:px-4">
                    {/* "Mon" on a phone, so both routines fit beside it; the full name for screen readers. */}
                    <span aria-hidden="true" className="sm:hidden">
                      {weekday(index, locale, "short")}
                    </span>
                    <span className="max-sm:sr-only">{weekday(index, locale, "long")}</span>
                  </th>
                  <td className="px-2 py-3 sm:px-4">{cell(day?.morning ?? [])}</td>
                  <td className="px-2 py-3 sm:px-4">{cell(day?.evening ?? [])}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </div>
  )
}
