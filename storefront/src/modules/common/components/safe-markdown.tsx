import Link from "next/link"
import ReactMarkdown, { type Components } from "react-markdown"

const linkClass = "font-medium text-accent underline underline-offset-2"

/** The store's typography for Markdown elements; which of them a text may use is the caller's choice. */
const ELEMENTS: Components = {
  h2: ({ children }) => <h2 className="mt-10 font-serif text-2xl">{children}</h2>,
  h3: ({ children }) => <h3 className="mt-6 font-serif text-xl">{children}</h3>,
  h4: ({ children }) => <h4 className="mt-4 font-semibold">{children}</h4>,
  p: ({ children }) => <p className="my-4 leading-relaxed">{children}</p>,
  ul: ({ children }) => <ul className="my-4 list-disc space-y-1 pl-6">{children}</ul>,
  ol: ({ children }) => <ol className="my-4 list-decimal space-y-1 pl-6">{children}</ol>,
  li: ({ children }) => <li className="leading-relaxed">{children}</li>,
  blockquote: ({ children }) => (
    <blockquote className="my-4 border-l-4 border-blush pl-4 italic">{children}</blockquote>
  ),
}

/**
 * Markdown rendered to React elements, never to raw HTML: HTML in the text is dropped, elements
 * outside `allowed` are unwrapped to their text, and a link is kept only where `resolveLink`
 * returns an address for it (in-store addresses become client-side links).
 */
export function SafeMarkdown({
  text,
  allowed,
  resolveLink,
}: {
  text: string
  allowed: readonly string[]
  resolveLink: (href: string) => string | null
}) {
  const components: Components = {
    ...ELEMENTS,
    a: ({ href, children }) => {
      const resolved = href ? resolveLink(href) : null
      if (!resolved) {
        return <>{children}</>
      }
      return resolved.startsWith("/") || resolved.startsWith("#") ? (
        <Link href={resolved} className={linkClass}>
          {children}
        </Link>
      ) : (
        <a href={resolved} rel="noopener noreferrer" className={linkClass}>
          {children}
        </a>
      )
    },
  }
  return (
    <ReactMarkdown
      skipHtml
      allowedElements={[...allowed]}
      unwrapDisallowed
      urlTransform={(url) => url}
      components={components}
    >
      {text}
    </ReactMarkdown>
  )
}
