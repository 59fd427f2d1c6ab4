/** The product type that marks a "shop this step" set: one variant, an inventory kit of its components. */
export const BUNDLE_TYPE = "Bundle"
