import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { SkincareFormDrawer } from "../components/skincare/skincare-form"
import { errorMessage } from "../lib/guides"
import {
  CONCERN_LABELS,
  FREQUENCY_LABELS,
  SKIN_TYPE_LABELS,
  type SkincareProfile,
  TIME_OF_DAY_LABELS,
  useSkincareProfile,
  vocabularyLabel,
} from "../lib/skincare"

type RowProps = {
  term: string
  children: ReactNode
  /** Long values (lists, paragraphs) go under their term instead of beside it. */
  stacked?: boolean
}

/** One term and its value, laid out like the rows of Medusa's own product sections. */
const Row = ({ term, children, stacked = false }: RowProps) => (
  <div
    className={
      stacked
        ? "text-ui-fg-subtle flex flex-col gap-y-2 px-6 py-4"
        : "text-ui-fg-subtle grid grid-cols-2 items-start gap-4 px-6 py-4"
    }
  >
    <dt className="txt-compact-small-plus">{term}</dt>
    <dd className="txt-compact-small min-w-0">{children}</dd>
  </div>
)

/** A dash on screen, "None" for screen readers. */
const None = () => (
  <>
    <span aria-hidden="true">–</span>
    <span className="sr-only">None</span>
  </>
)

type BadgesProps<T extends string> = {
  values: readonly T[]
  labels: Record<T, string>
}

const Badges = <T extends string>({ values, labels }: BadgesProps<T>) =>
  values.length === 0 ? (
    <None />
  ) : (
    <ul className="flex flex-wrap gap-1">
      {values.map((value) => (
        <li key={value}>
          <Badge size="2xsmall">{vocabularyLabel(labels, value)}</Badge>
        </li>
      ))}
    </ul>
  )

const List = ({ items }: { items: readonly string[] }) =>
  items.length === 0 ? (
    <None />
  ) : (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item, index) => (
        // Items may repeat, so the position is part of the key.
        <li key={`${index}-${item}`}>{item}</li>
      ))}
    </ul>
  )

const yesNo = (value: boolean) => (value ? "Yes" : "No")

/** The saved profile, as shoppers' product page and the shop's filters will use it. */
const ProfileDetails = ({ profile }: { profile: SkincareProfile }) => (
  <dl className="divide-y">
    <Row term="Product type">{profile.product_type}</Row>
    <Row term="Key ingredients" stacked>
      <List items={profile.key_ingredients} />
    </Row>
    <Row term="Skin types" stacked>
      <Badges values={profile.skin_types} labels={SKIN_TYPE_LABELS} />
    </Row>
    <Row term="Concerns" stacked>
      <Badges values={profile.concerns} labels={CONCERN_LABELS} />
    </Row>
    <Row term="Time of day">{vocabularyLabel(TIME_OF_DAY_LABELS, profile.time_of_day)}</Row>
    <Row term="Frequency">{vocabularyLabel(FREQUENCY_LABELS, profile.frequency)}</Row>
    <Row term="Safe in pregnancy and breastfeeding">{yesNo(profile.pregnancy_safe)}</Row>
    <Row term="Fragrance-free">{yesNo(profile.fragrance_free)}</Row>
    <Row term="How to use" stacked>
      {profile.how_to_use ? <p className="whitespace-pre-line text-pretty">{profile.how_to_use}</p> : <None />}
    </Row>
    <Row term="Warnings" stacked>
      <List items={profile.warnings} />
    </Row>
  </dl>
)

/**
 * The product's skincare profile on its details page: what shoppers read on the product page
 * and what the shop's skin-type and concern filters match against, with a drawer to edit it.
 */
const ProductSkincareWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data: profile, isPending, isError, error, refetch, isRefetching } = useSkincareProfile(product.id)

  // The button appears once we know whether there is a profile, so it never says the wrong thing.
  const action =
    isPending || isError ? null : (
      <SkincareFormDrawer productId={product.id} productTitle={product.title} profile={profile ?? null}>
        {profile ? (
          <Button size="small" variant="secondary">
            Edit<span className="sr-only"> skincare profile</span>
          </Button>
        ) : (
          <Button size="small" variant="secondary">
            Add skincare profile
          </Button>
        )}
      </SkincareFormDrawer>
    )

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">Skincare profile</Heading>
        {action}
      </div>

      {isPending ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle" role="status">
            Loading skincare profile…
          </Text>
        </div>
      ) : isError ? (
        <div className="flex flex-col items-start gap-y-3 px-6 py-4" role="alert">
          <Text size="small" className="text-ui-fg-subtle">
            The skincare profile could not be loaded: {errorMessage(error)}
          </Text>
          <Button size="small" variant="secondary" onClick={() => refetch()} isLoading={isRefetching}>
            Try again
          </Button>
        </div>
      ) : profile ? (
        <ProfileDetails profile={profile} />
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            No skincare profile yet: until it has one, this product is missing from the shop&apos;s skin-type and
            concern filters and its page shows no usage advice.
          </Text>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductSkincareWidget
