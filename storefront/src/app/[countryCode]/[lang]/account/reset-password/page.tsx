import type { Metadata } from "next"
import { pageStore, type StoreParams } from "@/lib/util/store"
import Link from "next/link"
import { NewPasswordForm, ResetRequestForm } from "@/modules/account/components/forms"

export const metadata: Metadata = { title: "Reset your password", robots: { index: false, follow: false } }

type Props = {
  params: Promise<StoreParams>
  searchParams: Promise<{ token?: string | string[]; email?: string | string[] }>
}

/** Without a token: ask for the e-mail. With the token from the e-mail: choose the new password. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const [store, { token, email }] = await Promise.all([pageStore(params), searchParams])
  const withLink = typeof token === "string" && typeof email === "string"
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">{withLink ? "Choose a new password" : "Reset your password"}</h1>
      <div className="mt-8 rounded-2xl bg-white p-6 ring-1 ring-ink/10">
        {withLink ? (
          <NewPasswordForm storePath={store.path} email={email} token={token} />
        ) : (
          <>
            <p className="mb-4">
              Enter the e-mail address of your account and we will send you a link to choose a new password.
            </p>
            <ResetRequestForm storePath={store.path} />
          </>
        )}
      </div>
      <p className="mt-6 text-sm">
        <Link href={`/${store.path}/account/login`} className="text-accent underline">
          Back to log in
        </Link>
      </p>
    </main>
  )
}
