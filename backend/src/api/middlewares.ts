import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreCatalogQuery } from "./store/catalog/validators"
import { StoreRegionQuery } from "./store/validators"
import { AdminUpdateGuideSection } from "./admin/guides/[handle]/sections/[id]/validators"

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
  ],
})
