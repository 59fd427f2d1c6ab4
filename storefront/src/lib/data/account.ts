import "server-only"
import type { PostalAddress } from "@lacremeluxe/shared"
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { displayAddress } from "../util/address"
import { stateCode } from "../util/us-states"
import { readSavedRoutine, type SavedRoutine } from "../util/routine-quiz"
import { medusa } from "./medusa"
import { personal, sessionToken } from "../server/session"
import { ORDER_VIEW_FIELDS, presentOrder, type PlacedOrder } from "./orders"

export type Customer = {
  id: string
  email: string
  firstName: string
  lastName: string
  phone: string | null
  addresses: SavedAddress[]
  /** The routine quiz's answers the shopper saved (customer metadata), if any. */
  savedRoutine: SavedRoutine | null
}

export type SavedAddress = {
  id: string
  firstName: string
  lastName: string
  address1: string
  address2: string | null
  postalCode: string
  city: string
  countryCode: string
  /** The US state code ("CA"), as the forms use it. */
  province: string | null
  phone: string | null
  /** As the pages show it: the name, then one line per part. */
  display: PostalAddress
}

export type OrderSummary = {
  id: string
  displayId: number
  placedAt: string
  status: string
  fulfillmentStatus: string
  currencyCode: string
  total: number
  itemCount: number
  /** What the order held, once per product: the order history links each to its reviews. */
  products: { handle: string; title: string }[]
}

export type OrderDetail = OrderSummary & PlacedOrder

function savedAddress(address: HttpTypes.StoreCustomerAddress): SavedAddress {
  return {
    id: address.id,
    firstName: address.first_name ?? "",
    lastName: address.last_name ?? "",
    address1: address.address_1 ?? "",
    address2: address.address_2 ?? null,
    postalCode: address.postal_code ?? "",
    city: address.city ?? "",
    countryCode: address.country_code ?? "",
    province: stateCode(address.province),
    phone: address.phone ?? null,
    display: displayAddress(address),
  }
}

/** The signed-in shopper, or null (no session, or an expired one). */
export async function currentCustomer(): Promise<Customer | null> {
  if (!(await sessionToken())) {
    return null
  }
  try {
    const { customer } = await medusa().store.customer.retrieve(
      { fields: "id,email,first_name,last_name,phone,metadata,*addresses" },
      await personal()
    )
    return {
      id: customer.id,
      email: customer.email,
      firstName: customer.first_name ?? "",
      lastName: customer.last_name ?? "",
      phone: customer.phone ?? null,
      addresses: (customer.addresses ?? []).map(savedAddress),
      savedRoutine: readSavedRoutine(customer.metadata),
    }
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 404)) {
      return null
    }
    throw error
  }
}

const ORDER_FIELDS =
  "id,display_id,created_at,status,fulfillment_status,currency_code,total,items.quantity,items.product_handle,items.product_title"

function orderSummary(order: HttpTypes.StoreOrder): OrderSummary {
  return {
    id: order.id,
    displayId: order.display_id ?? 0,
    placedAt: String(order.created_at),
    status: order.status,
    fulfillmentStatus: order.fulfillment_status,
    currencyCode: order.currency_code,
    total: order.total ?? 0,
    itemCount: (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0),
    products: [
      ...new Map(
        (order.items ?? []).flatMap((item) =>
          item.product_handle
            ? [[item.product_handle, { handle: item.product_handle, title: item.product_title ?? "" }] as const]
            : []
        )
      ).values(),
    ],
  }
}

/** The shopper's orders, newest first. Medusa lists only the token's own customer's orders. */
export async function customerOrders(): Promise<OrderSummary[]> {
  const { orders } = await medusa().store.order.list(
    { fields: ORDER_FIELDS, order: "-created_at", limit: 50 },
    await personal()
  )
  return orders.map(orderSummary)
}

/** One of the shopper's orders; someone else's is "not found" (the backend checks the owner). */
export async function customerOrder(orderId: string): Promise<OrderDetail | null> {
  try {
    const { order } = await medusa().store.order.retrieve(
      orderId,
      { fields: `${ORDER_FIELDS},${ORDER_VIEW_FIELDS}` },
      await personal()
    )
    return { ...orderSummary(order), ...presentOrder(order) }
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 401)) {
      return null
    }
    throw error
  }
}
