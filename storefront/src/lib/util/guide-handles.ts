/** The guide the store is built around (safe to import from client and server code). */
export const PORE_CARE_GUIDE = "pore-care"
