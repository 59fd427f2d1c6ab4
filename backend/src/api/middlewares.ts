import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { clientOf } from "../lib/http/client"
import { RateLimiter } from "../lib/http/rate-limit"
import { readRuntimeConfig } from "../lib/runtime-config"
import { AdminUpdateGuideSection } from "./admin/guides/[handle]/sections/[id]/validators"
import { StoreCatalogQuery } from "./store/catalog/validators"
import { StoreRegionQuery } from "./store/validators"

const MINUTE = 60_000

let storefrontSecret: string | undefined
const secret = () => (storefrontSecret ??= readRuntimeConfig(process.env).revalidateSecret)

type Rule = { limiter: RateLimiter; key: (req: MedusaRequest, client: string) => string | null }

function identifier(req: MedusaRequest): string {
  const body = (req.body ?? {}) as { email?: unknown; identifier?: unknown }
  const value = typeof body.email === "string" ? body.email : typeof body.identifier === "string" ? body.identifier : ""
  return value.trim().toLowerCase().slice(0, 320)
}

const waitFor = (seconds: number) =>
  seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} second${seconds === 1 ? "" : "s"}`

/**
 * Per-client limits on what is worth guessing at: log-in, registration, password reset, promo
 * codes. Over the limit the answer is 429 with a sentence and Retry-After; nothing is done.
 */
function rateLimit(what: string, rules: Rule[]) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const client = clientOf(req, secret())
    for (const rule of rules) {
      const key = rule.key(req, client)
      const wait = key ? rule.limiter.take(key) : 0
      if (wait) {
        res.setHeader("Retry-After", String(wait))
        res.status(429).json({
          type: "too_many_requests",
          message: `Too many ${what} attempts. For your security, please wait ${waitFor(wait)} and try again.`,
        })
        return
      }
    }
    next()
  }
}

const perClient = (limit: number, windowMs: number): Rule => ({
  limiter: new RateLimiter(limit, windowMs),
  key: (_req, client) => client,
})
const perClientAnd = (limit: number, windowMs: number, part: (req: MedusaRequest) => string): Rule => ({
  limiter: new RateLimiter(limit, windowMs),
  key: (req, client) => `${client}|${part(req)}`,
})

/**
 * A registered shopper's cart or order is theirs alone: with someone else's token, or none, it
 * does not exist (404). Guest carts and orders stay reachable by their unguessable id, as in
 * Medusa, so guest checkout and its confirmation keep working.
 */
function ownedBy(entity: "cart" | "order") {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const id = req.params.id
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity,
      fields: ["id", "customer.id", "customer.has_account"],
      filters: { id },
    })
    const owner = data[0]?.customer
    const actor = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id
    if (owner?.has_account && owner.id !== actor) {
      res.status(404).json({ type: "not_found", message: `${entity === "cart" ? "Cart" : "Order"} id ${id} not found` })
      return
    }
    next()
  }
}

const optionalCustomer = authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true })

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/guides/:handle",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreRegionQuery, {})],
    },
    {
      matcher: "/store/catalog",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreCatalogQuery, {})],
    },
    {
      matcher: "/store/product-pages/:handle",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreRegionQuery, {})],
    },
    {
      matcher: "/admin/guides/:handle/sections/:id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateGuideSection)],
    },
    { matcher: "/store/carts/:id", middlewares: [optionalCustomer, ownedBy("cart")] },
    { matcher: "/store/carts/:id/*", middlewares: [optionalCustomer, ownedBy("cart")] },
    { matcher: "/store/orders/:id", methods: ["GET"], middlewares: [optionalCustomer, ownedBy("order")] },
    {
      matcher: "/store/customers/me",
      methods: ["DELETE"],
      middlewares: [authenticate("customer", ["bearer", "session"])],
    },
    {
      matcher: "/auth/customer/emailpass",
      methods: ["POST"],
      middlewares: [rateLimit("log-in", [perClientAnd(10, 15 * MINUTE, identifier), perClient(50, 15 * MINUTE)])],
    },
    {
      matcher: "/auth/customer/emailpass/register",
      methods: ["POST"],
      middlewares: [rateLimit("registration", [perClient(10, 60 * MINUTE)])],
    },
    {
      matcher: "/auth/customer/emailpass/reset-password",
      methods: ["POST"],
      middlewares: [rateLimit("password reset", [perClientAnd(5, 60 * MINUTE, identifier), perClient(20, 60 * MINUTE)])],
    },
    {
      matcher: "/store/carts/:id/promotions",
      methods: ["POST"],
      middlewares: [
        rateLimit("promo code", [perClientAnd(10, 10 * MINUTE, (req) => req.params.id), perClient(60, 10 * MINUTE)]),
      ],
    },
  ],
})
