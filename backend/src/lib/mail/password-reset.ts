import { languageOfLocale, type Locale, storeCountryOr, storeLocale, storePath } from "@lacremeluxe/shared"
import { button, layout, paragraph } from "./html"
import { MAIL_WORDS } from "./words"

/**
 * The password-reset e-mail, as text and HTML. Pure: unit-tested. The link carries the one-time
 * token Medusa issued (valid 15 minutes); the e-mail goes only to the account's own address.
 */
export type PasswordResetMail = {
  locale: Locale
  email: string
  /** Where the shopper (storefront) or staff member (Medusa Admin) sets the new password. */
  resetUrl: string
}

/**
 * The language of a reset e-mail: the locale the storefront's page put in the request's metadata
 * (Medusa keeps no language on customers, and its /auth routes read no `x-medusa-locale`), read
 * as any request's locale is; English without one (Medusa Admin sends none).
 */
export const passwordResetLocale = (metadata: Record<string, unknown> | undefined): Locale =>
  storeLocale(typeof metadata?.locale === "string" ? metadata.locale : null)

export function passwordResetUrl({
  actorType,
  email,
  token,
  storefrontUrl,
  backendUrl,
  country,
  locale,
}: {
  actorType: string
  email: string
  token: string
  storefrontUrl: string
  backendUrl: string
  country?: unknown
  locale: Locale
}): string | null {
  const params = new URLSearchParams({ token, email })
  if (actorType === "customer") {
    // The page of the shopper's country in the e-mail's language: /de/… in German, /de/en/… in
    // English in Germany, /us/… in the US.
    const store = storePath({
      country: storeCountryOr(typeof country === "string" ? country : ""),
      language: languageOfLocale(locale),
    })
    return `${storefrontUrl.replace(/\/$/, "")}/${store}/account/reset-password?${params}`
  }
  if (actorType === "user") {
    return `${backendUrl.replace(/\/$/, "")}/app/reset-password?${params}`
  }
  return null
}

export function renderPasswordReset(mail: PasswordResetMail) {
  const words = MAIL_WORDS[mail.locale].passwordReset
  return layout({
    locale: mail.locale,
    subject: words.subject,
    title: words.title,
    blocks: [
      paragraph(words.asked),
      paragraph(words.openWithin),
      button(words.choose, mail.resetUrl),
      paragraph(words.notYou),
    ],
  })
}
