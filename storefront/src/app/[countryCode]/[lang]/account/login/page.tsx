import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { links } from "@/lib/util/links"
import { privatePageMetadata } from "@/lib/util/metadata"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { redirect } from "next/navigation"
import { currentCustomer } from "@/lib/data/account"
import { LoginForm, RegisterForm } from "@/modules/account/components/forms"

type Props = { params: Promise<StoreParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await pageStore(params)
  const t = await getTranslations("account.login")
  return privatePageMetadata(t("title"), store, (path) => `${links.account(path)}/login`)
}

export default async function LoginPage({ params }: Props) {
  const store = await pageStore(params)
  if (await currentCustomer()) {
    redirect(`/${store.path}/account`)
  }
  const t = await getTranslations("account.login")
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">{t("heading")}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      <div className="mt-8 grid gap-10 md:grid-cols-2">
        <section aria-labelledby="login-heading" className="rounded-2xl bg-white p-6 ring-1 ring-ink/10">
          <h2 id="login-heading" className="mb-4 font-serif text-2xl">
            {t("login")}
          </h2>
          <LoginForm storePath={store.path} />
        </section>
        <section aria-labelledby="register-heading" className="rounded-2xl bg-white p-6 ring-1 ring-ink/10">
          <h2 id="register-heading" className="mb-4 font-serif text-2xl">
            {t("register")}
          </h2>
          <RegisterForm storePath={store.path} />
        </section>
      </div>
    </main>
  )
}
