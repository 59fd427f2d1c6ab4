/**
 * What the store's vocabulary codes are called in each language: skin types, concerns, actives,
 * steps, times of day and frequencies. The one table read by the storefront (filters, product
 * pages) and by the backend's search (so "Poren" finds what "pores" finds). A code stays a code
 * in the API; only these words change with the language.
 */
import type { Locale } from "./locales.js"
import type { Active } from "./routine-plan.js"
import type { StepHandle } from "./routine.js"
import type { Concern, Frequency, SkinType, TimeOfDay } from "./skincare.js"

export type VocabularyLabels = {
  skin_types: Record<SkinType, string>
  concerns: Record<Concern, string>
  actives: Record<Active, string>
  steps: Record<StepHandle, string>
  times_of_day: Record<TimeOfDay, string>
  /** Lower case: it follows the time of day ("Evening, every day"). */
  frequencies: Record<Frequency, string>
}

export const VOCABULARY_LABELS: Record<Locale, VocabularyLabels> = {
  "en-GB": {
    skin_types: { oily: "Oily", combination: "Combination", normal: "Normal", dry: "Dry", sensitive: "Sensitive" },
    concerns: {
      "visible-pores": "Visible pores",
      blackheads: "Blackheads",
      "excess-oil": "Excess oil",
      "uneven-texture": "Uneven texture",
      dehydration: "Dehydration",
      dryness: "Dryness",
      dullness: "Dullness",
      "uv-exposure": "UV exposure",
    },
    actives: {
      retinoid: "Retinoid",
      aha: "AHA",
      bha: "BHA",
      pha: "PHA",
      niacinamide: "Niacinamide",
      "hyaluronic-acid": "Hyaluronic acid",
      ceramide: "Ceramides",
      clay: "Clay",
      charcoal: "Charcoal",
      "spf-filter": "UV filters",
    },
    steps: {
      cleanse: "Cleanse",
      exfoliate: "Exfoliate",
      hydrate: "Hydrate",
      treat: "Treat",
      mask: "Mask",
      protect: "Protect",
    },
    times_of_day: { am: "Morning", pm: "Evening", am_pm: "Morning and evening" },
    frequencies: {
      daily: "every day",
      twice_daily: "twice a day",
      one_to_two_weekly: "1–2 times a week",
      weekly: "once a week",
    },
  },
  "de-DE": {
    skin_types: {
      oily: "Fettig",
      combination: "Mischhaut",
      normal: "Normal",
      dry: "Trocken",
      sensitive: "Empfindlich",
    },
    concerns: {
      "visible-pores": "Sichtbare Poren",
      blackheads: "Mitesser",
      "excess-oil": "Überschüssiger Talg",
      "uneven-texture": "Unebene Hautstruktur",
      dehydration: "Feuchtigkeitsmangel",
      dryness: "Trockenheit",
      dullness: "Fahler Teint",
      "uv-exposure": "UV-Belastung",
    },
    actives: {
      retinoid: "Retinoid",
      aha: "AHA (Fruchtsäure)",
      bha: "BHA (Salicylsäure)",
      pha: "PHA",
      niacinamide: "Niacinamid",
      "hyaluronic-acid": "Hyaluronsäure",
      ceramide: "Ceramide",
      clay: "Tonerde",
      charcoal: "Aktivkohle",
      "spf-filter": "UV-Filter",
    },
    steps: {
      cleanse: "Reinigen",
      exfoliate: "Peelen",
      hydrate: "Feuchtigkeit",
      treat: "Pflegen",
      mask: "Maske",
      protect: "Schützen",
    },
    times_of_day: { am: "Morgens", pm: "Abends", am_pm: "Morgens und abends" },
    frequencies: {
      daily: "jeden Tag",
      twice_daily: "zweimal täglich",
      one_to_two_weekly: "1–2 Mal pro Woche",
      weekly: "einmal pro Woche",
    },
  },
  "fr-FR": {
    skin_types: { oily: "Grasse", combination: "Mixte", normal: "Normale", dry: "Sèche", sensitive: "Sensible" },
    concerns: {
      "visible-pores": "Pores visibles",
      blackheads: "Points noirs",
      "excess-oil": "Excès de sébum",
      "uneven-texture": "Grain de peau irrégulier",
      dehydration: "Déshydratation",
      dryness: "Sécheresse",
      dullness: "Teint terne",
      "uv-exposure": "Exposition aux UV",
    },
    actives: {
      retinoid: "Rétinoïde",
      aha: "AHA (acide de fruit)",
      bha: "BHA (acide salicylique)",
      pha: "PHA",
      niacinamide: "Niacinamide",
      "hyaluronic-acid": "Acide hyaluronique",
      ceramide: "Céramides",
      clay: "Argile",
      charcoal: "Charbon actif",
      "spf-filter": "Filtres UV",
    },
    steps: {
      cleanse: "Nettoyer",
      exfoliate: "Exfolier",
      hydrate: "Hydrater",
      treat: "Traiter",
      mask: "Masque",
      protect: "Protéger",
    },
    times_of_day: { am: "Le matin", pm: "Le soir", am_pm: "Matin et soir" },
    frequencies: {
      daily: "tous les jours",
      twice_daily: "deux fois par jour",
      one_to_two_weekly: "1 à 2 fois par semaine",
      weekly: "une fois par semaine",
    },
  },
}
