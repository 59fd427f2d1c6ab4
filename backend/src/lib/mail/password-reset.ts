import { storeCountryOr, storePath } from "@lacremeluxe/shared"
import { button, layout, paragraph } from "./html"

/**
 * The password-reset e-mail, as text and HTML. Pure: unit-tested. The link carries the one-time
 * token Medusa issued (valid 15 minutes); the e-mail goes only to the account's own address.
 */
export type PasswordResetMail = {
  email: string
  /** Where the shopper (storefront) or staff member (Medusa Admin) sets the new password. */
  resetUrl: string
}

export function passwordResetUrl({
  actorType,
  email,
  token,
  storefrontUrl,
  backendUrl,
  country,
}: {
  actorType: string
  email: string
  token: string
  storefrontUrl: string
  backendUrl: string
  country?: unknown
}): string | null {
  const params = new URLSearchParams({ token, email })
  if (actorType === "customer") {
    // The e-mail is English (Medusa keeps no language on customers): its link opens the English
    // pages of the shopper's country (`/de/en/…` in Germany, `/us/…` in the US).
    const store = storePath({ country: storeCountryOr(typeof country === "string" ? country : ""), language: "en" })
    return `${storefrontUrl.replace(/\/$/, "")}/${store}/account/reset-password?${params}`
  }
  if (actorType === "user") {
    return `${backendUrl.replace(/\/$/, "")}/app/reset-password?${params}`
  }
  return null
}

export function renderPasswordReset(mail: PasswordResetMail) {
  return layout({
    subject: "Reset your LACREMELUXE password",
    title: "Reset your password",
    blocks: [
      paragraph("Someone asked to reset the password of the LACREMELUXE account for this e-mail address."),
      paragraph("To choose a new password, open this link within 15 minutes:"),
      button("Choose a new password", mail.resetUrl),
      paragraph("If it was not you, ignore this e-mail: your password stays as it is."),
    ],
  })
}
