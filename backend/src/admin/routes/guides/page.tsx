import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { SectionKindBadge } from "../../components/guides/section-kind-badge"
import { LoadFailed, Loading } from "../../components/load-state"
import { type Guide, isStep, useGuides } from "../../lib/guides"

const guideUrl = (handle: string) => `/guides/${encodeURIComponent(handle)}`

/** An empty cell: a dash on screen, "None" for screen readers. */
const Dash = () => (
  <>
    <span className="text-ui-fg-muted" aria-hidden="true">
      –
    </span>
    <span className="sr-only">None</span>
  </>
)

/** One guide: its title and summary, then a table of its sections with an "Edit" link each. */
const GuideCard = ({ guide }: { guide: Guide }) => {
  const headingId = `guide-${guide.id}-heading`

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex min-w-0 flex-col gap-y-1">
          <Heading level="h2" id={headingId}>
            {guide.title}
          </Heading>
          {guide.summary ? (
            <Text size="small" className="text-ui-fg-subtle max-w-prose">
              {guide.summary}
            </Text>
          ) : null}
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to={guideUrl(guide.handle)}>
            Edit guide<span className="sr-only">: {guide.title}</span>
          </Link>
        </Button>
      </div>

      {guide.sections.length === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            This guide has no sections yet.
          </Text>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <Table aria-labelledby={headingId}>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col" className="w-12">
                  #
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">Title</Table.HeaderCell>
                <Table.HeaderCell scope="col">Kind</Table.HeaderCell>
                <Table.HeaderCell scope="col">Category</Table.HeaderCell>
                <Table.HeaderCell scope="col">Bundle</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="text-right">
                  <span className="sr-only">Actions</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {guide.sections.map((section) => (
                <Table.Row key={section.id}>
                  <Table.Cell className="tabular-nums">{section.position}</Table.Cell>
                  <Table.Cell className="max-w-[320px]">{section.title}</Table.Cell>
                  <Table.Cell>
                    <SectionKindBadge kind={section.kind} />
                  </Table.Cell>
                  <Table.Cell>{isStep(section) && section.category ? section.category.name : <Dash />}</Table.Cell>
                  <Table.Cell>{isStep(section) && section.bundle ? section.bundle.title : <Dash />}</Table.Cell>
                  <Table.Cell className="text-right">
                    <Button size="small" variant="transparent" asChild>
                      <Link to={`${guideUrl(guide.handle)}#section-${section.id}`}>
                        Edit<span className="sr-only"> {section.title}</span>
                      </Link>
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}

const GuidesPage = () => {
  const { data: guides, isPending, isError, error, refetch, isRefetching } = useGuides()

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">Guides</Heading>
        <Text size="small" className="text-ui-fg-subtle mt-1">
          The store&apos;s editorial guides. Edit a section&apos;s text and, for steps, the product category and the
          &ldquo;shop this step&rdquo; bundle.
        </Text>
      </Container>

      {isPending ? (
        <Loading what="guides" />
      ) : isError ? (
        <LoadFailed
          title="The guides could not be loaded"
          error={error}
          retry={() => refetch()}
          retrying={isRefetching}
        />
      ) : guides.length === 0 ? (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            There are no guides yet.
          </Text>
        </Container>
      ) : (
        guides.map((guide) => <GuideCard key={guide.id} guide={guide} />)
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Guides",
  icon: BookOpen,
})

export const handle = {
  breadcrumb: () => "Guides",
}

export default GuidesPage
