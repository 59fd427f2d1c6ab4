// Client components of this section translate: see src/i18n/client-messages-provider.tsx.
export { default } from "@/i18n/client-messages-provider"
