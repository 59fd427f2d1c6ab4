import Link from "next/link"
import ReactMarkdown, { type Components } from "react-markdown"
import { resolveGuideLink } from "@/lib/guide-links"

/**
 * Staff-edited guide text, rendered to React elements (never to raw HTML): HTML in the text is
 * dropped, only a small set of elements is allowed, and links go only where resolveGuideLink
 * allows.
 */
const ALLOWED = ["p", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote", "br"]

export function Markdown({ text, countryCode }: { text: string; countryCode: string }) {
  const components: Components = {
    a: ({ href, children }) => {
      const resolved = href ? resolveGuideLink(href, countryCode) : null
      if (!resolved) {
        return <>{children}</>
      }
      return resolved.startsWith("/") || resolved.startsWith("#") ? (
        <Link href={resolved} className="font-medium text-accent underline underline-offset-2">
          {children}
        </Link>
      ) : (
        <a href={resolved} rel="noopener noreferrer" className="font-medium text-accent underline underline-offset-2">
          {children}
        </a>
      )
    },
    ul: ({ children }) => <ul className="my-4 list-disc space-y-1 pl-6">{children}</ul>,
    ol: ({ children }) => <ol className="my-4 list-decimal space-y-1 pl-6">{children}</ol>,
    p: ({ children }) => <p className="my-4 leading-relaxed">{children}</p>,
    h3: ({ children }) => <h3 className="mt-6 font-serif text-xl">{children}</h3>,
    h4: ({ children }) => <h4 className="mt-4 font-semibold">{children}</h4>,
    blockquote: ({ children }) => <blockquote className="my-4 border-l-4 border-blush pl-4 italic">{children}</blockquote>,
  }
  return (
    <ReactMarkdown skipHtml allowedElements={ALLOWED} unwrapDisallowed urlTransform={(url) => url} components={components}>
      {text}
    </ReactMarkdown>
  )
}
