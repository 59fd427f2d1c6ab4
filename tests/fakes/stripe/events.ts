import { missing } from "./errors.js"
import { API_VERSION, list, newId, now, type Route, type Store } from "./store.js"

/** Records an event with a copy of the object as it is now, as Stripe's webhooks carry it. */
export function emit(store: Store, type: string, object: object) {
  store.events.unshift({
    id: newId("evt"),
    object: "event",
    api_version: API_VERSION,
    created: now(),
    data: { object: structuredClone(object) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  })
}

export const eventRoutes = (store: Store): Route[] => [
  [
    "GET",
    /^\/v1\/events$/,
    (p) => list("/v1/events", store.events.filter((e) => !p.type || e.type === p.type).slice(0, Number(p.limit ?? 10))),
  ],
  [
    "GET",
    /^\/v1\/events\/([^/]+)$/,
    (_, [id]) => {
      const event = store.events.find((e) => e.id === id)
      if (!event) {
        throw missing("event", id)
      }
      return event
    },
  ],
]
