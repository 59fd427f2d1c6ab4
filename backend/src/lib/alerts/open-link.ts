import { MedusaError } from "@medusajs/framework/utils"
import { mailLinkKey } from "./mail-key"
import { type LinkPurpose, verifyLink } from "./signed-link"

/** The record an e-mail link's token opens, or a 400 with a sentence the storefront shows. */
export function openLink(purposes: LinkPurpose[], token: string): { purpose: LinkPurpose; id: string } {
  let expired = false
  for (const purpose of purposes) {
    const check = verifyLink(mailLinkKey(), purpose, token)
    if (check.ok) return { purpose, id: check.id }
    expired ||= check.reason === "expired"
  }
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    expired
      ? "This link has expired: sign up again on the product's page."
      : "This link is not valid: open it again from the e-mail, whole."
  )
}
