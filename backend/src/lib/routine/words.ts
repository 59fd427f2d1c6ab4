/**
 * Every sentence the routine's rules say (the plan's steps left out and warnings, a cart's advice,
 * a product page's weekly limit), in each language the store speaks. The rules decide; these only
 * word the decision. Product names come translated from the catalog.
 */
import type { Locale } from "@lacremeluxe/shared"
import type { SlotKey } from "./plan"

type Titles = string

export type RoutineWords = {
  /** Joins product names: "A and B". */
  and: string
  money: (amount: number, currency: string) => string
  slots: Record<SlotKey, string>
  leftOutForMinutes: (slot: string, minutes: number) => string
  leftOutForBudget: (slot: string, budget: string) => string
  essentialsOverBudget: (perMonth: string, budget: string) => string
  budgetLeavesOut: (budget: string) => string
  essentialsOverMinutes: (longest: number, minutes: number) => string
  minutesLeaveOut: (minutes: number) => string
  outOfStock: (title: string) => string
  noRetinoidInPregnancy: (serum: string | null) => string
  fragranceFreeOnly: string
  needsSpf: (titles: Titles, count: number, spf: string | null) => string
  retinoidAndAcidApart: (retinoid: string, acid: string) => string
  startRetinoidSlowly: (retinoid: string, evenings: number) => string
  cart: {
    retinoidWithAcid: (retinoids: Titles, acids: Titles) => string
    needsSpf: (titles: Titles, count: number) => string
    twoExfoliants: (titles: Titles) => string
  }
  product: {
    /** "mornings", "evenings", "mornings or evenings", by time of day. */
    when: Record<"am" | "pm" | "am_pm", string>
    startSlowly: (start: number, when: string, max: number) => string
    everyDay: (when: string) => string
    onceAWeek: string
    upTo: (max: number, when: string) => string
    retinoid: string
    exfoliatingAcid: string
    dailyAcid: string
    clayMask: string
    needsSpf: string
    notInPregnancy: string
  }
}

const euros = (locale: string) => (amount: number, currency: string) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(amount)

const en: RoutineWords = {
  and: " and ",
  money: (amount, currency) => `${amount.toFixed(2)} ${currency.toUpperCase()}`,
  slots: {
    cleanse_am: "The morning cleanse",
    treat_am: "The morning serum",
    hydrate_am: "The morning moisturiser",
    protect: "The SPF",
    cleanse_pm: "The evening cleanse",
    mask: "The weekly clay mask",
    toner: "The daily acid toner",
    acid: "The exfoliating acid",
    treat_pm: "The evening serum",
    retinoid: "The retinoid",
    hydrate_pm: "The evening moisturiser",
  },
  leftOutForMinutes: (slot, minutes) => `${slot} is left out to fit your ${minutes} minutes in the evening.`,
  leftOutForBudget: (slot, budget) => `${slot} is left out to keep to your budget of ${budget} a month.`,
  essentialsOverBudget: (perMonth, budget) =>
    `Even the essentials (a cleanser and an SPF) come to about ${perMonth} a month, above your budget of ${budget}.`,
  budgetLeavesOut: (budget) =>
    `To keep to your budget of ${budget} a month, the plan leaves out some optional steps (listed below).`,
  essentialsOverMinutes: (longest, minutes) =>
    `The essentials of the evening take about ${longest} minutes, more than the ${minutes} you have.`,
  minutesLeaveOut: (minutes) =>
    `To fit your ${minutes} minutes in the evening, the plan leaves out some optional steps (listed below).`,
  outOfStock: (title) => `${title} is out of stock for now, and nothing else in the shop fits this step for you.`,
  noRetinoidInPregnancy: (serum) =>
    `Retinoids (vitamin A) are not for pregnancy or breastfeeding, so the plan has none${serum ? `: ${serum} treats your skin instead` : ""}.`,
  fragranceFreeOnly: "Only fragrance-free products are in the plan, as you are sensitive to fragrance.",
  needsSpf: (titles, count, spf) =>
    `${titles} make${count === 1 ? "s" : ""} skin more sensitive to the sun: apply ${spf ?? "an SPF"} every morning.`,
  retinoidAndAcidApart: (retinoid, acid) =>
    `Never use ${retinoid} and ${acid} on the same evening: the calendar keeps them apart.`,
  startRetinoidSlowly: (retinoid, evenings) =>
    `Start ${retinoid} on ${evenings} evenings a week, and use it more often only as your skin gets used to it.`,
  cart: {
    retinoidWithAcid: (retinoids, acids) =>
      `Use ${retinoids} and ${acids} on different evenings, never on the same night.`,
    needsSpf: (titles, count) =>
      `${titles} make${count === 1 ? "s" : ""} skin more sensitive to the sun: add an SPF for every morning.`,
    twoExfoliants: (titles) =>
      `Alternate ${titles}: one exfoliant an evening, and an exfoliating acid on at most 2 evenings a week.`,
  },
  product: {
    when: { am: "mornings", pm: "evenings", am_pm: "mornings or evenings" },
    startSlowly: (start, when, max) =>
      `Start on ${start} ${when} a week and build up to ${max === 7 ? "every day" : `${max} a week`} only as your skin gets used to it.`,
    everyDay: (when) => `Can be used every day (${when}).`,
    onceAWeek: "Once a week.",
    upTo: (max, when) => `Up to ${max} ${when} a week.`,
    retinoid: "Not on the same evening as an AHA or BHA exfoliant or a daily acid toner.",
    exfoliatingAcid: "Not on the same evening as a retinoid, another exfoliating acid or a daily acid toner.",
    dailyAcid: "Skip it on evenings with an AHA or BHA exfoliant or a retinoid.",
    clayMask: "Not on an evening with an exfoliating acid or a retinoid.",
    needsSpf: "Not without SPF: apply a sunscreen every morning while you use it.",
    notInPregnancy: "Not during pregnancy or breastfeeding.",
  },
}

const de: RoutineWords = {
  and: " und ",
  money: euros("de-DE"),
  slots: {
    cleanse_am: "Die Reinigung am Morgen",
    treat_am: "Das Serum am Morgen",
    hydrate_am: "Die Feuchtigkeitspflege am Morgen",
    protect: "Der Sonnenschutz",
    cleanse_pm: "Die Reinigung am Abend",
    mask: "Die wöchentliche Tonerdemaske",
    toner: "Das tägliche Säure-Tonikum",
    acid: "Das Peeling mit Säure",
    treat_pm: "Das Serum am Abend",
    retinoid: "Das Retinoid",
    hydrate_pm: "Die Feuchtigkeitspflege am Abend",
  },
  leftOutForMinutes: (slot, minutes) => `${slot} entfällt, damit es in Ihre ${minutes} Minuten am Abend passt.`,
  leftOutForBudget: (slot, budget) => `${slot} entfällt, damit Sie Ihr Budget von ${budget} im Monat einhalten.`,
  essentialsOverBudget: (perMonth, budget) =>
    `Schon das Nötigste (eine Reinigung und ein Sonnenschutz) kostet etwa ${perMonth} im Monat, mehr als Ihr Budget von ${budget}.`,
  budgetLeavesOut: (budget) =>
    `Damit Sie Ihr Budget von ${budget} im Monat einhalten, lässt der Plan einige optionale Schritte weg (unten aufgeführt).`,
  essentialsOverMinutes: (longest, minutes) =>
    `Das Nötigste am Abend dauert etwa ${longest} Minuten, mehr als die ${minutes}, die Sie haben.`,
  minutesLeaveOut: (minutes) =>
    `Damit es in Ihre ${minutes} Minuten am Abend passt, lässt der Plan einige optionale Schritte weg (unten aufgeführt).`,
  outOfStock: (title) =>
    `${title} ist derzeit nicht vorrätig, und nichts anderes im Shop passt für Sie zu diesem Schritt.`,
  noRetinoidInPregnancy: (serum) =>
    `Retinoide (Vitamin A) sind nicht für Schwangerschaft oder Stillzeit geeignet, deshalb enthält der Plan keines${serum ? `: Stattdessen pflegt ${serum} Ihre Haut` : ""}.`,
  fragranceFreeOnly: "Der Plan enthält nur parfümfreie Produkte, da Sie empfindlich auf Duftstoffe reagieren.",
  needsSpf: (titles, count, spf) =>
    `${titles} ${count === 1 ? "macht" : "machen"} die Haut empfindlicher gegenüber der Sonne: Tragen Sie jeden Morgen ${spf ?? "einen Sonnenschutz"} auf.`,
  retinoidAndAcidApart: (retinoid, acid) =>
    `Verwenden Sie ${retinoid} und ${acid} nie am selben Abend: Der Kalender hält sie auseinander.`,
  startRetinoidSlowly: (retinoid, evenings) =>
    `Beginnen Sie mit ${retinoid} an ${evenings} Abenden pro Woche und verwenden Sie es erst häufiger, wenn sich Ihre Haut daran gewöhnt hat.`,
  cart: {
    retinoidWithAcid: (retinoids, acids) =>
      `Verwenden Sie ${retinoids} und ${acids} an verschiedenen Abenden, nie am selben Abend.`,
    needsSpf: (titles, count) =>
      `${titles} ${count === 1 ? "macht" : "machen"} die Haut empfindlicher gegenüber der Sonne: Ergänzen Sie einen Sonnenschutz für jeden Morgen.`,
    twoExfoliants: (titles) =>
      `Wechseln Sie ${titles} ab: ein Peeling pro Abend und ein Peeling mit Säure an höchstens 2 Abenden pro Woche.`,
  },
  product: {
    when: { am: "Morgen", pm: "Abenden", am_pm: "Morgen oder Abenden" },
    startSlowly: (start, when, max) =>
      `Beginnen Sie an ${start} ${when} pro Woche und steigern Sie erst auf ${max === 7 ? "jeden Tag" : `${max} pro Woche`}, wenn sich Ihre Haut daran gewöhnt hat.`,
    everyDay: (when) => `Kann jeden Tag verwendet werden (an ${when}).`,
    onceAWeek: "Einmal pro Woche.",
    upTo: (max, when) => `An bis zu ${max} ${when} pro Woche.`,
    retinoid: "Nicht am selben Abend wie ein AHA- oder BHA-Peeling oder ein tägliches Säure-Tonikum.",
    exfoliatingAcid:
      "Nicht am selben Abend wie ein Retinoid, ein anderes Peeling mit Säure oder ein tägliches Säure-Tonikum.",
    dailyAcid: "An Abenden mit einem AHA- oder BHA-Peeling oder einem Retinoid auslassen.",
    clayMask: "Nicht an einem Abend mit einem Peeling mit Säure oder einem Retinoid.",
    needsSpf: "Nicht ohne Sonnenschutz: Tragen Sie jeden Morgen einen Sonnenschutz auf, solange Sie es verwenden.",
    notInPregnancy: "Nicht während der Schwangerschaft oder Stillzeit.",
  },
}

const fr: RoutineWords = {
  and: " et ",
  money: euros("fr-FR"),
  slots: {
    cleanse_am: "Le nettoyage du matin",
    treat_am: "Le sérum du matin",
    hydrate_am: "L'hydratant du matin",
    protect: "La protection solaire",
    cleanse_pm: "Le nettoyage du soir",
    mask: "Le masque à l'argile hebdomadaire",
    toner: "La lotion acide quotidienne",
    acid: "L'exfoliant acide",
    treat_pm: "Le sérum du soir",
    retinoid: "Le rétinoïde",
    hydrate_pm: "L'hydratant du soir",
  },
  leftOutForMinutes: (slot, minutes) => `${slot} est retiré pour tenir dans vos ${minutes} minutes du soir.`,
  leftOutForBudget: (slot, budget) => `${slot} est retiré pour respecter votre budget de ${budget} par mois.`,
  essentialsOverBudget: (perMonth, budget) =>
    `Même l'essentiel (un nettoyant et une protection solaire) revient à environ ${perMonth} par mois, au-delà de votre budget de ${budget}.`,
  budgetLeavesOut: (budget) =>
    `Pour respecter votre budget de ${budget} par mois, le programme laisse de côté quelques étapes facultatives (indiquées ci-dessous).`,
  essentialsOverMinutes: (longest, minutes) =>
    `L'essentiel du soir prend environ ${longest} minutes, plus que les ${minutes} dont vous disposez.`,
  minutesLeaveOut: (minutes) =>
    `Pour tenir dans vos ${minutes} minutes du soir, le programme laisse de côté quelques étapes facultatives (indiquées ci-dessous).`,
  outOfStock: (title) =>
    `${title} est en rupture de stock pour le moment, et aucun autre produit de la boutique ne vous convient pour cette étape.`,
  noRetinoidInPregnancy: (serum) =>
    `Les rétinoïdes (vitamine A) ne conviennent pas pendant la grossesse ou l'allaitement, le programme n'en contient donc aucun${serum ? ` : ${serum} traite votre peau à la place` : ""}.`,
  fragranceFreeOnly: "Le programme ne contient que des produits sans parfum, car vous êtes sensible aux parfums.",
  needsSpf: (titles, count, spf) =>
    `${titles} ${count === 1 ? "rend" : "rendent"} la peau plus sensible au soleil : appliquez ${spf ?? "une protection solaire"} chaque matin.`,
  retinoidAndAcidApart: (retinoid, acid) =>
    `N'utilisez jamais ${retinoid} et ${acid} le même soir : le calendrier les sépare.`,
  startRetinoidSlowly: (retinoid, evenings) =>
    `Commencez ${retinoid} ${evenings} soirs par semaine, et ne l'utilisez plus souvent qu'à mesure que votre peau s'y habitue.`,
  cart: {
    retinoidWithAcid: (retinoids, acids) =>
      `Utilisez ${retinoids} et ${acids} des soirs différents, jamais le même soir.`,
    needsSpf: (titles, count) =>
      `${titles} ${count === 1 ? "rend" : "rendent"} la peau plus sensible au soleil : ajoutez une protection solaire pour chaque matin.`,
    twoExfoliants: (titles) =>
      `Alternez ${titles} : un exfoliant par soir, et un exfoliant acide 2 soirs par semaine au plus.`,
  },
  product: {
    when: { am: "matins", pm: "soirs", am_pm: "matins ou soirs" },
    startSlowly: (start, when, max) =>
      `Commencez ${start} ${when} par semaine et n'augmentez jusqu'à ${max === 7 ? "tous les jours" : `${max} par semaine`} qu'à mesure que votre peau s'y habitue.`,
    everyDay: (when) => `S'utilise tous les jours (${when}).`,
    onceAWeek: "Une fois par semaine.",
    upTo: (max, when) => `Jusqu'à ${max} ${when} par semaine.`,
    retinoid: "Pas le même soir qu'un exfoliant AHA ou BHA ou qu'une lotion acide quotidienne.",
    exfoliatingAcid: "Pas le même soir qu'un rétinoïde, un autre exfoliant acide ou une lotion acide quotidienne.",
    dailyAcid: "À éviter les soirs d'exfoliant AHA ou BHA ou de rétinoïde.",
    clayMask: "Pas un soir d'exfoliant acide ou de rétinoïde.",
    needsSpf: "Pas sans protection solaire : appliquez un écran solaire chaque matin tant que vous l'utilisez.",
    notInPregnancy: "Pas pendant la grossesse ou l'allaitement.",
  },
}

export const ROUTINE_WORDS: Record<Locale, RoutineWords> = { "en-GB": en, "de-DE": de, "fr-FR": fr }
