import { Button, Container, Heading, Text } from "@medusajs/ui"
import { errorMessage } from "../lib/guides"

/** What a page shows while its data loads. */
export function Loading({ what }: { what: string }) {
  return (
    <Container className="px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle" role="status">
        Loading {what}…
      </Text>
    </Container>
  )
}

/** What a page shows when its data could not be loaded: the reason, and a way to try again. */
export function LoadFailed({
  title,
  error,
  retry,
  retrying,
}: {
  title: string
  error: unknown
  retry: () => void
  retrying: boolean
}) {
  return (
    <Container className="flex flex-col items-start gap-y-3 px-6 py-4" role="alert">
      <Heading level="h2">{title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {errorMessage(error)}
      </Text>
      <Button size="small" variant="secondary" onClick={retry} isLoading={retrying}>
        Try again
      </Button>
    </Container>
  )
}
