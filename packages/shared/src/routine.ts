/** The guide's six steps, in routine order: the store's categories and the shop's step filter. */
export const STEPS = [
  { handle: "cleanse", name: "Cleanse" },
  { handle: "exfoliate", name: "Exfoliate" },
  { handle: "hydrate", name: "Hydrate" },
  { handle: "treat", name: "Treat" },
  { handle: "mask", name: "Mask" },
  { handle: "protect", name: "Protect" },
] as const

export type StepHandle = (typeof STEPS)[number]["handle"]

export const STEP_HANDLES = STEPS.map((step) => step.handle) as [StepHandle, ...StepHandle[]]
