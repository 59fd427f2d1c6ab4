import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetGuideParams } from "./store/guides/[handle]/validators"
import { AdminUpdateGuideSection } from "./admin/guides/[handle]/sections/[id]/validators"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/guides/:handle",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetGuideParams, {})],
    },
    {
      matcher: "/admin/guides/:handle/sections/:id",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateGuideSection)],
    },
  ],
})
