import type { Metadata } from "next"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { redirect } from "next/navigation"
import { currentCustomer } from "@/lib/data/account"
import { LoginForm, RegisterForm } from "@/modules/account/components/forms"

export const metadata: Metadata = { title: "Log in or create an account", robots: { index: false, follow: false } }

type Props = { params: Promise<StoreParams> }

export default async function LoginPage({ params }: Props) {
  const store = await pageStore(params)
  if (await currentCustomer()) {
    redirect(`/${store.path}/account`)
  }
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">Your account</h1>
      <p className="mt-2 text-muted">Follow your orders, keep your addresses for a faster checkout.</p>
      <div className="mt-8 grid gap-10 md:grid-cols-2">
        <section aria-labelledby="login-heading" className="rounded-2xl bg-white p-6 ring-1 ring-ink/10">
          <h2 id="login-heading" className="mb-4 font-serif text-2xl">
            Log in
          </h2>
          <LoginForm storePath={store.path} />
        </section>
        <section aria-labelledby="register-heading" className="rounded-2xl bg-white p-6 ring-1 ring-ink/10">
          <h2 id="register-heading" className="mb-4 font-serif text-2xl">
            New here? Create an account
          </h2>
          <RegisterForm storePath={store.path} />
        </section>
      </div>
    </main>
  )
}
