import { labelLines, postalAddress } from "@lacremeluxe/shared"
import { renderReturnReceived, renderReturnRequested } from "../order-updates"
import { graph, mailItem, mailLocale, type MailLoader, type Row } from "./types"

const RETURN_FIELDS = [
  "id",
  "display_id",
  "location_id",
  "fulfillments.location_id",
  "items.quantity",
  "items.received_quantity",
  "items.item.title",
  "items.item.product_title",
  "items.item.variant_title",
  "order.id",
  "order.display_id",
  "order.email",
  "order.locale",
]

/**
 * The warehouse the return goes to, as address lines with the country named in the mail's language:
 * the return's stock location, or else that of its return shipping option (Medusa then creates a
 * return fulfillment to that location).
 */
async function warehouseAddress(
  container: Parameters<MailLoader>[0],
  locationId: string | null,
  locale: string
): Promise<string[]> {
  if (!locationId) {
    return []
  }
  const location = await graph(
    container,
    "stock_location",
    [
      "name",
      "address.company",
      "address.address_1",
      "address.address_2",
      "address.postal_code",
      "address.city",
      "address.province",
      "address.country_code",
    ],
    locationId
  )
  const a = location?.address ?? {}
  return labelLines(postalAddress(a.company || location?.name || "", a, a.province), locale)
}

export const loadReturnRequested: MailLoader = async (container, returnId) => {
  const found = await graph(container, "return", RETURN_FIELDS, returnId)
  if (!found?.order?.email) {
    return []
  }
  const locale = mailLocale(found.order)
  const address = await warehouseAddress(
    container,
    found.location_id ?? found.fulfillments?.[0]?.location_id ?? null,
    locale
  )
  return [
    {
      to: found.order.email,
      template: "return-requested",
      idempotencyKey: `return-requested:${found.id}`,
      data: { kind: "return-requested", id: found.id },
      orderId: found.order.id,
      ...renderReturnRequested({
        locale,
        displayId: Number(found.order.display_id),
        returnNumber: Number(found.display_id),
        items: (found.items ?? []).map((item: Row) => mailItem(item.item, item.quantity)),
        address,
      }),
    },
  ]
}

export const loadReturnReceived: MailLoader = async (container, returnId) => {
  const found = await graph(container, "return", RETURN_FIELDS, returnId)
  if (!found?.order?.email) {
    return []
  }
  return [
    {
      to: found.order.email,
      template: "return-received",
      idempotencyKey: `return-received:${found.id}`,
      data: { kind: "return-received", id: found.id },
      orderId: found.order.id,
      ...renderReturnReceived({
        locale: mailLocale(found.order),
        displayId: Number(found.order.display_id),
        returnNumber: Number(found.display_id),
        items: (found.items ?? [])
          .filter((item: Row) => Number(item.received_quantity) > 0)
          .map((item: Row) => mailItem(item.item, item.received_quantity)),
      }),
    },
  ]
}
