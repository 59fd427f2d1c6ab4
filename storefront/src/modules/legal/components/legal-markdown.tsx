import { resolveLegalLink } from "@/lib/util/legal"
import { SafeMarkdown } from "@/modules/common/components/safe-markdown"

/**
 * A legal page's text; links only where resolveLegalLink allows. The page's `# Title` is the
 * template's h1, so the text itself starts at h2.
 */
const ALLOWED = ["h2", "h3", "p", "ul", "ol", "li", "strong", "em", "a", "br"] as const

export function LegalMarkdown({ text, storePath }: { text: string; storePath: string }) {
  return <SafeMarkdown text={text} allowed={ALLOWED} resolveLink={(href) => resolveLegalLink(href, storePath)} />
}
