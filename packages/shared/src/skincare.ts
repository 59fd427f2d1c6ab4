/** The skincare profile's fixed vocabularies: the data model, the API, the admin and the shop's filters. */
export const SKIN_TYPES = ["oily", "combination", "normal", "dry", "sensitive"] as const
export const CONCERNS = [
  "visible-pores",
  "blackheads",
  "excess-oil",
  "uneven-texture",
  "dehydration",
  "dryness",
  "dullness",
  "uv-exposure",
] as const
export const TIMES_OF_DAY = ["am", "pm", "am_pm"] as const
export const FREQUENCIES = ["daily", "twice_daily", "one_to_two_weekly", "weekly"] as const

export type SkinType = (typeof SKIN_TYPES)[number]
export type Concern = (typeof CONCERNS)[number]
export type TimeOfDay = (typeof TIMES_OF_DAY)[number]
export type Frequency = (typeof FREQUENCIES)[number]
