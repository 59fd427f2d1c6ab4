import { ArrowUturnLeft } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useRef } from "react"
import { Link, type UIMatch, useLocation, useParams } from "react-router-dom"
import { SectionForm } from "../../../components/guides/section-form"
import { SectionKindBadge } from "../../../components/guides/section-kind-badge"
import { errorMessage, httpStatus, useGuide } from "../../../lib/guides"

const BackToGuides = () => (
  <Button size="small" variant="transparent" asChild className="-ml-2 self-start">
    <Link to="/guides">
      <ArrowUturnLeft aria-hidden="true" />
      All guides
    </Link>
  </Button>
)

/**
 * One guide: its sections in reading order, each in its own form. The list page's "Edit" links
 * land here with `#section-<id>`; that section is scrolled to and its title field focused.
 */
const GuideDetailPage = () => {
  const { handle: guideHandle = "" } = useParams<{ handle: string }>()
  const { hash } = useLocation()
  const { data: guide, isPending, isError, error, refetch, isRefetching } = useGuide(guideHandle)

  // Scroll to the section named in the URL's hash once the guide has loaded (and whenever the
  // hash changes), then put the keyboard focus in its first field.
  const scrolledTo = useRef<string | null>(null)
  useEffect(() => {
    if (!guide || !hash || scrolledTo.current === hash) {
      return
    }
    const targetId = decodeURIComponent(hash.slice(1))
    const target = document.getElementById(targetId)
    if (!target) {
      return
    }
    scrolledTo.current = hash
    target.scrollIntoView({ block: "start" })
    document.getElementById(`${targetId}-title`)?.focus({ preventScroll: true })
  }, [guide, hash])

  if (isPending) {
    return (
      <div className="flex flex-col gap-y-3">
        <Container className="flex flex-col gap-y-2 px-6 py-4">
          <BackToGuides />
          <Text size="small" className="text-ui-fg-subtle" role="status">
            Loading guide…
          </Text>
        </Container>
      </div>
    )
  }

  if (isError) {
    const notFound = httpStatus(error) === 404
    return (
      <div className="flex flex-col gap-y-3">
        <Container className="flex flex-col items-start gap-y-3 px-6 py-4" role="alert">
          <BackToGuides />
          <Heading level="h1">{notFound ? "Guide not found" : "The guide could not be loaded"}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {notFound ? `There is no guide with the handle “${guideHandle}”.` : errorMessage(error)}
          </Text>
          {notFound ? null : (
            <Button size="small" variant="secondary" onClick={() => refetch()} isLoading={isRefetching}>
              Try again
            </Button>
          )}
        </Container>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <BackToGuides />
          <Heading level="h1">{guide.title}</Heading>
          {guide.summary ? (
            <Text size="small" className="text-ui-fg-subtle max-w-prose">
              {guide.summary}
            </Text>
          ) : null}
        </div>

        {guide.sections.length > 0 ? (
          <nav aria-label="Sections of this guide" className="px-6 py-4">
            <ol className="flex flex-col gap-y-1">
              {guide.sections.map((section) => (
                <li key={section.id} className="flex items-center gap-x-2">
                  <Text size="small" leading="compact" className="text-ui-fg-muted w-6 tabular-nums">
                    {section.position}
                  </Text>
                  <a
                    href={`#section-${section.id}`}
                    className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover focus-visible:shadow-borders-focus rounded-sm outline-none"
                  >
                    {section.title || section.handle}
                  </a>
                  <SectionKindBadge kind={section.kind} />
                </li>
              ))}
            </ol>
          </nav>
        ) : (
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle">
              This guide has no sections yet.
            </Text>
          </div>
        )}
      </Container>

      {guide.sections.map((section) => (
        <SectionForm key={section.id} guideHandle={guideHandle} section={section} />
      ))}
    </div>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => match.params.handle ?? "Guide",
}

export default GuideDetailPage
