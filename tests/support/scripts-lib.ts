/**
 * The run scripts' helpers (scripts/lib, plain ES modules without types), typed for tests that
 * boot a store of their own: an embedded PostgreSQL, setup, the backend.
 */
import type { ChildProcess } from "node:child_process"
// @ts-expect-error plain ES module without types
import * as postgres from "../../scripts/lib/postgres.mjs"
// @ts-expect-error plain ES module without types
import * as preflight from "../../scripts/lib/preflight.mjs"
// @ts-expect-error plain ES module without types
import * as processes from "../../scripts/lib/processes.mjs"
// @ts-expect-error plain ES module without types
import * as stack from "../../scripts/lib/stack.mjs"

export type Service = { name: string; child: ChildProcess; logFile: string; exited: boolean; exitCode?: number | null }
export type Env = Record<string, string>
export type EmbeddedPostgres = { url: string; stop: () => Promise<void> }

export const freePort: () => Promise<number> = preflight.freePort
export const startEmbeddedPostgres: (options: { dataDir: string; port: number }) => Promise<EmbeddedPostgres> =
  postgres.startEmbeddedPostgres
export const ensureDatabase: (url: string) => Promise<void> = postgres.ensureDatabase
export const withDatabase: (url: string, database: string) => string = postgres.withDatabase
export const stopService: (service: Service, signal?: string) => Promise<void> = processes.stopService
export const backendEnvironment: (options: {
  databaseUrl: string
  backendPort: number
  storefrontUrl: string
  dataDir: string
  extra?: Env
}) => Env = stack.backendEnvironment
export const prepareDatabase: (env: Env, logFile: string) => Promise<void> = stack.prepareDatabase
export const readPublishableKey: (env: Env) => Promise<string> = stack.readPublishableKey
export const startBackend: (env: Env, logFile: string) => Promise<Service> = stack.startBackend
export const startStorefront: (options: {
  port: number
  backendUrl: string
  publishableKey: string
  revalidateSecret: string
  clientIpSecret: string
  logFile: string
  extra?: Env
}) => Promise<Service> = stack.startStorefront
