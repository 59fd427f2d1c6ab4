import type { Frequency, ProductSkincare, TimeOfDay } from "@lacremeluxe/shared"

const TIME_OF_DAY: Record<TimeOfDay, string> = {
  am: "Morning",
  pm: "Evening",
  am_pm: "Morning and evening",
}

const FREQUENCY: Record<Frequency, string> = {
  daily: "every day",
  twice_daily: "twice a day",
  one_to_two_weekly: "1–2 times a week",
  weekly: "once a week",
}

/** "Evening, every day" / "Morning, every day" / "Evening, 1–2 times a week". */
export function whenToUse(profile: Pick<ProductSkincare, "time_of_day" | "frequency">): string {
  return `${TIME_OF_DAY[profile.time_of_day]}, ${FREQUENCY[profile.frequency]}`
}

export function label(slug: string): string {
  const text = slug.replace(/-/g, " ").replace(/\buv\b/g, "UV")
  return text.charAt(0).toUpperCase() + text.slice(1)
}
