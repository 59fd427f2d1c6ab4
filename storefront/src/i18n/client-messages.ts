import type { Messages } from "next-intl"

/**
 * The namespaces client components translate with (useTranslations): only these travel to the
 * browser with each page, the rest stay on the server.
 */
export const CLIENT_NAMESPACES = [
  "common",
  "cart",
  "checkout",
  "shop",
  "order",
  "forms",
  "account",
  "routine",
  "alertForms",
] as const

export function clientMessages(messages: Messages): Partial<Messages> {
  const all = messages as Record<string, unknown>
  return Object.fromEntries(
    CLIENT_NAMESPACES.filter((namespace) => namespace in all).map((namespace) => [namespace, all[namespace]])
  ) as Partial<Messages>
}
