import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storeLocale } from "@lacremeluxe/shared"
import type { OutgoingMail } from "../kinds"

/** Reads what one kind of e-mail needs and renders it; [] when there is no one to write to. */
export type MailLoader = (container: MedusaContainer, id: string) => Promise<OutgoingMail[]>

// The shapes read through query.graph across module links are looser than the generated types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Row = Record<string, any>

export async function graph(
  container: MedusaContainer,
  entity: string,
  fields: string[],
  id: string
): Promise<Row | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters: { id } } as never)
  return (data as Row[])[0]
}

/** The language of an order's e-mails: the locale of the cart it was placed from (English without). */
export const mailLocale = (order: Row | undefined) => storeLocale(order?.locale as string | null | undefined)

/** A line item as the e-mails name it: the product's title and its variant. */
export const mailItem = (item: Row | undefined, quantity: unknown) => ({
  title: String(item?.product_title ?? item?.title ?? "Item"),
  variantTitle: (item?.variant_title as string | null) ?? null,
  quantity: Number(quantity),
})
