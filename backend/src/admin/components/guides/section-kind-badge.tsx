import { Badge } from "@medusajs/ui"
import type { SectionKind } from "../../lib/guides"

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

const KINDS: Record<SectionKind, { label: string; color: BadgeColor }> = {
  intro: { label: "Intro", color: "blue" },
  article: { label: "Article", color: "purple" },
  step: { label: "Step", color: "green" },
  tips: { label: "Tips", color: "orange" },
  conclusion: { label: "Conclusion", color: "grey" },
}

export const sectionKindLabel = (kind: SectionKind): string => KINDS[kind]?.label ?? kind

/** The section's kind (intro, article, step, tips, conclusion) as a small colored badge. */
export const SectionKindBadge = ({ kind }: { kind: SectionKind }) => {
  const known = KINDS[kind]
  return (
    <Badge size="2xsmall" color={known?.color ?? "grey"}>
      {known?.label ?? kind}
    </Badge>
  )
}
