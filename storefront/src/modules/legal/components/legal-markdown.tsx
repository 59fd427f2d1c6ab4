import Link from "next/link"
import ReactMarkdown, { type Components } from "react-markdown"
import { resolveLegalLink } from "@/lib/legal"

/**
 * A legal page's text, rendered to React elements (never to raw HTML): HTML in the text is
 * dropped, only the elements below are allowed, and links go only where resolveLegalLink allows.
 * The page's `# Title` is the template's h1, so the text itself starts at h2.
 */
const ALLOWED = ["h2", "h3", "p", "ul", "ol", "li", "strong", "em", "a", "br"]

const linkClass = "font-medium text-accent underline underline-offset-2"

export function LegalMarkdown({ text, countryCode }: { text: string; countryCode: string }) {
  const components: Components = {
    a: ({ href, children }) => {
      const resolved = href ? resolveLegalLink(href, countryCode) : null
      if (!resolved) {
        return <>{children}</>
      }
      return resolved.startsWith("/") ? (
        <Link href={resolved} className={linkClass}>
          {children}
        </Link>
      ) : (
        <a href={resolved} rel="noopener noreferrer" className={linkClass}>
          {children}
        </a>
      )
    },
    h2: ({ children }) => <h2 className="mt-10 font-serif text-2xl">{children}</h2>,
    h3: ({ children }) => <h3 className="mt-6 font-serif text-xl">{children}</h3>,
    p: ({ children }) => <p className="my-4 leading-relaxed">{children}</p>,
    ul: ({ children }) => <ul className="my-4 list-disc space-y-1 pl-6">{children}</ul>,
    ol: ({ children }) => <ol className="my-4 list-decimal space-y-1 pl-6">{children}</ol>,
    li: ({ children }) => <li className="leading-relaxed">{children}</li>,
  }
  return (
    <ReactMarkdown skipHtml allowedElements={ALLOWED} unwrapDisallowed urlTransform={(url) => url} components={components}>
      {text}
    </ReactMarkdown>
  )
}
