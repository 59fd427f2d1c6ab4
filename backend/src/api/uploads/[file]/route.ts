import path from "node:path"
import { stat } from "node:fs/promises"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadDirectory } from "../../../lib/runtime-config"
import { UploadParams } from "./validators"

const CONTENT_TYPES: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".webp": "image/webp",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".avif": "image/avif",
}

/**
 * Public files of the local File Module provider (product images), served from UPLOAD_DIR.
 * The names are timestamped by the provider, so a file never changes: cache it for a year.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parsed = UploadParams.safeParse(req.params)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such file")
  }
  const file = path.join(uploadDirectory(process.env), parsed.data.file)
  const found = await stat(file).catch(() => null)
  if (!found?.isFile()) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such file")
  }
  res.setHeader("Content-Type", CONTENT_TYPES[path.extname(file).toLowerCase()])
  res.setHeader("Cache-Control", "public, max-age=31536000, immutable")
  res.setHeader("X-Content-Type-Options", "nosniff")
  // An SVG opened on its own must not run anything.
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin")
  res.sendFile(file)
}
