import { resolveGuideLink } from "@/lib/util/guide-links"
import { SafeMarkdown } from "@/modules/common/components/safe-markdown"

/** Staff-edited guide text: a small set of elements, and links only where resolveGuideLink allows. */
const ALLOWED = ["p", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote", "br"] as const

export function Markdown({ text, storePath }: { text: string; storePath: string }) {
  return <SafeMarkdown text={text} allowed={ALLOWED} resolveLink={(href) => resolveGuideLink(href, storePath)} />
}
