import { randomBytes } from "node:crypto"
import { missing } from "./errors.js"
import { emit } from "./events.js"
import type { Params } from "./form.js"
import { newId, now, type Customer, type Route, type Store } from "./store.js"

function saveCustomer(customer: Customer, params: Params) {
  for (const field of ["email", "name", "phone", "description"]) {
    if (params[field] !== undefined) {
      customer[field] = params[field] === "" ? null : params[field]
    }
  }
  if (params.address !== undefined) {
    customer.address = params.address
  }
  if (params.shipping !== undefined) {
    customer.shipping = params.shipping
  }
  Object.assign(customer.metadata, params.metadata ?? {})
  return customer
}

function createCustomer(store: Store, params: Params) {
  const customer: Customer = {
    id: newId("cus"),
    object: "customer",
    address: null,
    balance: 0,
    created: now(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: null,
    email: null,
    invoice_prefix: randomBytes(4).toString("hex").toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: {},
    name: null,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
  }
  store.customers.set(customer.id, saveCustomer(customer, params))
  emit(store, "customer.created", customer)
  return customer
}

export const customerRoutes = (store: Store): Route[] => {
  const customerOf = (id: string) => {
    const customer = store.customers.get(id)
    if (!customer) {
      throw missing("customer", id)
    }
    return customer
  }
  return [
    ["POST", /^\/v1\/customers$/, (p) => createCustomer(store, p)],
    ["GET", /^\/v1\/customers\/([^/]+)$/, (_, [id]) => customerOf(id)],
    ["POST", /^\/v1\/customers\/([^/]+)$/, (p, [id]) => saveCustomer(customerOf(id), p)],
    [
      "DELETE",
      /^\/v1\/customers\/([^/]+)$/,
      (_, [id]) => {
        if (!store.customers.delete(id)) {
          throw missing("customer", id)
        }
        return { id, object: "customer", deleted: true }
      },
    ],
  ]
}
