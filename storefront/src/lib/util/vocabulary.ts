import { storeLocale, VOCABULARY_LABELS, type VocabularyLabels } from "@lacremeluxe/shared"

/**
 * The vocabulary's words (skin types, concerns, actives, steps, times, frequencies) in a store's
 * language: the one table in @lacremeluxe/shared that the backend's search reads too.
 */
export function vocabulary(locale: string): VocabularyLabels {
  return VOCABULARY_LABELS[storeLocale(locale)]
}
