import Medusa from "@medusajs/js-sdk"

/**
 * The JS SDK for admin customizations. The admin is served by the backend itself, so requests go
 * to the same origin ("/"), authenticated by the staff member's session cookie.
 */
export const sdk = new Medusa({
  baseUrl: "/",
  debug: false,
  auth: {
    type: "session",
  },
})
