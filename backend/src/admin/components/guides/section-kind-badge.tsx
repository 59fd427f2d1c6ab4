import { Badge } from "@medusajs/ui"
import type { GuideSectionKind } from "@lacremeluxe/shared"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

const KINDS: Record<GuideSectionKind, { label: string; color: BadgeColor }> = {
  intro: { label: "Intro", color: "blue" },
  article: { label: "Article", color: "purple" },
  step: { label: "Step", color: "green" },
  tips: { label: "Tips", color: "orange" },
  conclusion: { label: "Conclusion", color: "grey" },
}

export const sectionKindLabel = (kind: GuideSectionKind): string => KINDS[kind]?.label ?? kind

/** The section's kind (intro, article, step, tips, conclusion) as a small colored badge. */
export const SectionKindBadge = ({ kind }: { kind: GuideSectionKind }) => {
  const known = KINDS[kind]
  return (
    <Badge size="2xsmall" color={known?.color ?? "grey"}>
      {known?.label ?? kind}
    </Badge>
  )
}
