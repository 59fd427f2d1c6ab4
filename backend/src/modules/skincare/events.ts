/** Emitted when staff save a product's skincare profile: the storefront regenerates its pages. */
export const SKINCARE_PROFILE_SAVED_EVENT = "skincare-profile.saved"
