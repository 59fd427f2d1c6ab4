import type { SkincareProfile } from "./products"

const TIME_OF_DAY: Record<SkincareProfile["time_of_day"], string> = {
  am: "Morning",
  pm: "Evening",
  am_pm: "Morning and evening",
}

const FREQUENCY: Record<SkincareProfile["frequency"], string> = {
  daily: "every day",
  twice_daily: "twice a day",
  one_to_two_weekly: "1–2 times a week",
  weekly: "once a week",
}

/** "Evening, every day" / "Morning, every day" / "Evening, 1–2 times a week". */
export function whenToUse(profile: Pick<SkincareProfile, "time_of_day" | "frequency">): string {
  return `${TIME_OF_DAY[profile.time_of_day]}, ${FREQUENCY[profile.frequency]}`
}

export function label(slug: string): string {
  const text = slug.replace(/-/g, " ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}
