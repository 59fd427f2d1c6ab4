/** Emitted when a guide or one of its sections changes: the storefront regenerates the guide. */
export const GUIDE_CHANGED_EVENT = "guide.changed"
