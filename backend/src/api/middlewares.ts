import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MiddlewareRoute,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { checkBody } from "../lib/http/check-body"
import { clientOf } from "../lib/http/client"
import { storeErrorHandler } from "../lib/http/error-handler"
import { RateLimiter } from "../lib/http/rate-limit"
import { RedisRateLimiter } from "../lib/http/rate-limit-redis"
import { refuseHostileInput } from "../lib/http/refuse-hostile-input"
import { answerUnavailable, changesNeedRedis, isUnavailable } from "../lib/http/unavailable"
import { holdCartChangesInLanes } from "../lib/http/checkout-lanes-middleware"
import { freshPriceRuleAttributes } from "../lib/http/fresh-price-rule-attributes"
import { readRuntimeConfig } from "../lib/runtime-config"
import {
  AdminSaveSkincareProfile,
  AdminUpdateGuideSection,
  CartBatch,
  CartCheckout,
  CartShippingChoice,
  MailLinkRequest,
  NEW_CART_PATH,
  RoutineRequest,
  StockAlertRequest,
} from "@lacremeluxe/shared"
import { StoreCreateCart, StoreGetCartsCart } from "@medusajs/medusa/api/store/carts/validators"
import { ensurePublishableKeyAndSalesChannelMatch } from "@medusajs/medusa/api/utils/middlewares/common/ensure-pub-key-sales-channel-match"
import { maybeAttachPublishableKeyScopes } from "@medusajs/medusa/api/utils/middlewares/common/maybe-attach-pub-key-scopes"
import { retrieveTransformQueryConfig } from "@medusajs/medusa/api/store/carts/query-config"
import { AdminShipmentLabels } from "./admin/orders/[id]/fulfillments/[fulfillment_id]/shipments/validators"
import { StoreCatalogQuery } from "./store/catalog/validators"
import { AdminDashboardSummaryQuery } from "./admin/dashboard/summary/validators"
import { AdminSetLowStockThreshold } from "./admin/inventory-items/[id]/low-stock-threshold/validators"
import { StoreOrderLookup } from "./store/order-lookup/validators"
import { StoreStartReturn } from "./store/orders/[id]/returns/validators"
import { StoreRegionQuery } from "./store/validators"
import { AdminReviewReply, AdminReviewsQuery, StoreCreateReview, StoreReviewsQuery } from "@lacremeluxe/shared"

const MINUTE = 60_000

const runtime = readRuntimeConfig(process.env)
const secret = () => runtime.clientIpSecret

/**
 * With REDIS_URL, attempts are counted in Redis, so every API process of the store shares one
 * window. Keys carry the store's database name: stores (and test runs) sharing a Redis stay apart.
 * The connection opens on the first counted attempt.
 */
const sharedCounts = runtime.redisUrl
  ? {
      redis: new Redis(runtime.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, commandTimeout: 1_000 }),
      namespace: `lacremeluxe:rate-limit:${databaseName(runtime.databaseUrl)}`,
    }
  : null

function databaseName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.slice(1)) || "default"
  } catch {
    return "default"
  }
}

type Rule = {
  local: RateLimiter
  shared: RedisRateLimiter | null
  key: (req: MedusaRequest, client: string) => string | null
}

/**
 * One rule's window: Redis's when there is one, this process's while Redis cannot be reached.
 * `take` records the attempt; `peek` only asks whether one would be refused.
 */
async function count(rule: Rule, key: string, req: MedusaRequest, mode: "take" | "peek"): Promise<number> {
  if (!rule.shared) {
    return rule.local[mode](key)
  }
  try {
    return await rule.shared[mode](key)
  } catch (error) {
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Rate limits are counted in this process only: Redis did not answer (${(error as Error).message}).`)
    return rule.local[mode](key)
  }
}

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
function rateLimit(what: string, rules: Rule[], { failedOnly = false } = {}) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const client = clientOf(req, secret())
    const keyed = rules.flatMap((rule) => {
      const key = rule.key(req, client)
      return key ? [{ rule, key }] : []
    })
    for (const { rule, key } of keyed) {
      const wait = await count(rule, key, req, failedOnly ? "peek" : "take")
      if (wait) {
        res.setHeader("Retry-After", String(wait))
        res.status(429).json({
          type: "too_many_requests",
          message: `Too many ${what} attempts. For your security, please wait ${waitFor(wait)} and try again.`,
        })
        return
      }
    }
    if (failedOnly) {
      // Only refused attempts count: staff who log in often are never locked out by their own success.
      res.on("finish", () => {
        if (res.statusCode === 401) {
          for (const { rule, key } of keyed) void count(rule, key, req, "take")
        }
      })
    }
    next()
  }
}

function rule(name: string, limit: number, windowMs: number, key: Rule["key"]): Rule {
  return {
    local: new RateLimiter(limit, windowMs),
    shared: sharedCounts
      ? new RedisRateLimiter(sharedCounts.redis, `${sharedCounts.namespace}:${name}`, limit, windowMs)
      : null,
    key,
  }
}

const perClient = (name: string, limit: number, windowMs: number): Rule =>
  rule(name, limit, windowMs, (_req, client) => client)
const perClientAnd = (name: string, limit: number, windowMs: number, part: (req: MedusaRequest) => string): Rule =>
  rule(name, limit, windowMs, (req, client) => `${client}|${part(req)}`)

/**
 * A registered shopper's cart or order is theirs alone: with someone else's token, or none, it
 * does not exist (404). Guest carts and orders stay reachable by their unguessable id, as in
 * Medusa, so guest checkout and its confirmation keep working. One that does not exist is a 404.
 */
function ownedBy(entity: "cart" | "order") {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const id = req.params.id
    const actor = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id
    // The cart's (order's) own row first, one indexed read through its module; the customer only
    // when the cart has one that is not the caller (issue 14: this runs before every cart call).
    const [found] =
      entity === "cart"
        ? await req.scope.resolve(Modules.CART).listCarts({ id }, { select: ["id", "customer_id"], take: 1 })
        : await req.scope.resolve(Modules.ORDER).listOrders({ id }, { select: ["id", "customer_id"], take: 1 })
    const ownerId = found?.customer_id
    const someoneElses =
      !!ownerId &&
      ownerId !== actor &&
      (
        await req.scope
          .resolve(Modules.CUSTOMER)
          .listCustomers({ id: ownerId }, { select: ["id", "has_account"], take: 1 })
      )[0]?.has_account === true
    // Missing altogether: 404 here, as Medusa's own steps would fail on it with a 500.
    if (!found || someoneElses) {
      res.status(404).json({ type: "not_found", message: `${entity === "cart" ? "Cart" : "Order"} id ${id} not found` })
      return
    }
    next()
  }
}

/** Medusa's own return route trusts the caller with receive_now, prices and the warehouse. */
function shopperReturnsOnly(_req: MedusaRequest, res: MedusaResponse) {
  res.status(404).json({
    type: "not_found",
    message: "Returns are started from the order: POST /store/orders/:id/returns, by the order's owner.",
  })
}

const optionalCustomer = authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true })

const handleError = storeErrorHandler()

// Reviews (issue 16): only a signed-in shopper writes one, and says it with a sentence otherwise.
function signedInShopper(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const actor = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id
  if (!actor) {
    res.status(401).json({ type: "unauthorized", message: "Sign in to your account to write a review." })
    return
  }
  next()
}

const reviewRoutes: MiddlewareRoute[] = [
  {
    matcher: "/store/products/:id/reviews",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreReviewsQuery, {})],
  },
  {
    // Per client before sign-in (so guessing costs too), then per shopper: 10 reviews an hour.
    matcher: "/store/products/:id/reviews",
    methods: ["POST"],
    middlewares: [
      rateLimit("review", [perClient("review", 30, 60 * MINUTE)]),
      optionalCustomer,
      signedInShopper,
      rateLimit("review", [
        rule(
          "review:shopper",
          10,
          60 * MINUTE,
          (req) => (req as { auth_context?: { actor_id?: string } }).auth_context?.actor_id ?? null
        ),
      ]),
      validateAndTransformBody(StoreCreateReview),
    ],
  },
  { matcher: "/admin/reviews", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminReviewsQuery, {})] },
  { matcher: "/admin/reviews/:id/reply", methods: ["POST"], middlewares: [validateAndTransformBody(AdminReviewReply)] },
]

export default defineMiddlewares({
  // A service that cannot be reached (Redis, PostgreSQL) is a 503 with a sentence; bad input is the
  // caller's mistake: a 4xx with a sentence, never a 5xx (lib/http/error-handler.ts).
  errorHandler: (error, req, res, next) =>
    isUnavailable(error) ? answerUnavailable(res) : handleError(error, req, res, next),
  routes: [
    // Global (no methods) at the root: runs before every other route middleware, Medusa's included.
    { matcher: "/", middlewares: [refuseHostileInput] },
    // With REDIS_URL, changes wait for nothing while Redis is down: 503 at once (reads go on).
    ...(sharedCounts ? [{ matcher: "/*", middlewares: [changesNeedRedis(sharedCounts.redis)] }] : []),
    ...(runtime.cartConcurrency > 0
      ? [{ matcher: "/store/*", middlewares: [holdCartChangesInLanes(runtime.cartConcurrency)] }]
      : []),
    // A price rule staff add applies on every server process, not only the one that took it: on
    // every route, as Admin's draft orders and order edits are priced on the same processes.
    { matcher: "/*", middlewares: [freshPriceRuleAttributes()] },
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
    {
      matcher: "/admin/products/:id/skincare",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminSaveSkincareProfile)],
    },
    // Every cart route, /store/carts/:id and all under it: a middleware without methods is mounted
    // with Express's `use`, which matches the path's beginning. (A second one for /store/carts/:id/*
    // ran the shopper's token and the ownership read twice on every cart call: issue 14.)
    { matcher: "/store/carts/:id", middlewares: [optionalCustomer, ownedBy("cart")] },
    // A new cart with its first items: Medusa's POST /store/carts, its middlewares included,
    // through our open-cart workflow (issue 14).
    {
      matcher: NEW_CART_PATH,
      methods: ["POST"],
      middlewares: [
        validateAndTransformBody(StoreCreateCart),
        validateAndTransformQuery(StoreGetCartsCart, retrieveTransformQueryConfig),
        maybeAttachPublishableKeyScopes,
        ensurePublishableKeyAndSalesChannelMatch,
      ],
    },
    // The personal routine (issue 13).
    { matcher: "/store/routines", methods: ["POST"], middlewares: [validateAndTransformBody(RoutineRequest)] },
    {
      matcher: "/store/carts/:id/line-items/batch",
      methods: ["POST"],
      middlewares: [
        validateAndTransformBody(CartBatch),
        validateAndTransformQuery(StoreGetCartsCart, retrieveTransformQueryConfig),
      ],
    },
    // The checkout form in one call (issue 14): address, shipping method and payment session.
    {
      matcher: "/store/carts/:id/checkout",
      methods: ["POST"],
      middlewares: [
        validateAndTransformBody(CartCheckout),
        validateAndTransformQuery(StoreGetCartsCart, retrieveTransformQueryConfig),
      ],
    },
    // The checkout page's shipping method: priced without re-pricing the cart (issue 14).
    {
      matcher: "/store/carts/:id/shipping-method",
      methods: ["POST"],
      middlewares: [
        validateAndTransformBody(CartShippingChoice),
        validateAndTransformQuery(StoreGetCartsCart, retrieveTransformQueryConfig),
      ],
    },
    { matcher: "/store/orders/:id", methods: ["GET"], middlewares: [optionalCustomer, ownedBy("order")] },
    {
      matcher: "/store/customers/me",
      methods: ["DELETE"],
      middlewares: [authenticate("customer", ["bearer", "session"])],
    },
    {
      matcher: "/auth/customer/emailpass",
      methods: ["POST"],
      middlewares: [
        rateLimit("log-in", [
          perClientAnd("log-in:account", 10, 15 * MINUTE, identifier),
          perClient("log-in", 50, 15 * MINUTE),
        ]),
      ],
    },
    {
      // Staff: ten wrong passwords per account and fifty per client in 15 minutes, then a wait.
      matcher: "/auth/user/emailpass",
      methods: ["POST"],
      middlewares: [
        rateLimit(
          "staff log-in",
          [
            perClientAnd("staff-log-in:account", 10, 15 * MINUTE, identifier),
            perClient("staff-log-in", 50, 15 * MINUTE),
          ],
          { failedOnly: true }
        ),
      ],
    },
    {
      matcher: "/auth/user/emailpass/reset-password",
      methods: ["POST"],
      middlewares: [
        rateLimit("staff password reset", [
          perClientAnd("staff-password-reset:account", 5, 60 * MINUTE, identifier),
          perClient("staff-password-reset", 20, 60 * MINUTE),
        ]),
      ],
    },
    {
      matcher: "/auth/customer/emailpass/register",
      methods: ["POST"],
      middlewares: [rateLimit("registration", [perClient("registration", 10, 60 * MINUTE)])],
    },
    {
      matcher: "/auth/customer/emailpass/reset-password",
      methods: ["POST"],
      middlewares: [
        rateLimit("password reset", [
          perClientAnd("password-reset:account", 5, 60 * MINUTE, identifier),
          perClient("password-reset", 20, 60 * MINUTE),
        ]),
      ],
    },
    {
      matcher: "/store/carts/:id/promotions",
      methods: ["POST"],
      middlewares: [
        rateLimit("promo code", [
          perClientAnd("promo-code:cart", 10, 10 * MINUTE, (req) => req.params.id),
          perClient("promo-code", 60, 10 * MINUTE),
        ]),
      ],
    },
    { matcher: "/store/orders/:id/*", middlewares: [optionalCustomer, ownedBy("order")] },
    {
      matcher: "/store/orders/:id/returns",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreStartReturn)],
    },
    { matcher: "/store/returns", methods: ["POST"], middlewares: [shopperReturnsOnly] },
    {
      matcher: "/store/order-lookup",
      methods: ["POST"],
      middlewares: [
        rateLimit("order lookup", [
          perClientAnd("order-lookup:email", 10, 15 * MINUTE, identifier),
          perClient("order-lookup", 50, 15 * MINUTE),
        ]),
        validateAndTransformBody(StoreOrderLookup),
      ],
    },
    // Back-in-stock alerts and refill reminders (issue 16): each guest sign-up sends an e-mail.
    {
      matcher: "/store/back-in-stock",
      methods: ["POST"],
      middlewares: [
        rateLimit("alert sign-up", [
          perClientAnd("back-in-stock:email", 5, 60 * MINUTE, identifier),
          perClient("back-in-stock", 20, 60 * MINUTE),
        ]),
        optionalCustomer,
        validateAndTransformBody(StockAlertRequest),
      ],
    },
    ...["/store/alerts/confirm", "/store/alerts/unsubscribe", "/store/refill-reminders/cart-items"].map((matcher) => ({
      matcher,
      methods: ["POST" as const],
      middlewares: [
        rateLimit("e-mail link", [perClient(`mail-link${matcher}`, 60, 15 * MINUTE)]),
        validateAndTransformBody(MailLinkRequest),
      ],
    })),
    {
      matcher: "/admin/orders/:id/fulfillments/:fulfillment_id/shipments",
      methods: ["POST"],
      middlewares: [checkBody(AdminShipmentLabels)],
    },
    {
      matcher: "/admin/inventory-items/:id/low-stock-threshold",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminSetLowStockThreshold)],
    },
    {
      matcher: "/admin/dashboard/summary",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminDashboardSummaryQuery, {})],
    },
    ...reviewRoutes,
  ],
})
