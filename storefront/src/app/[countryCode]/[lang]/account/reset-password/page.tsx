import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { links } from "@/lib/util/links"
import { privatePageMetadata } from "@/lib/util/metadata"
import { pageStore, type StoreParams } from "@/lib/util/store"
import Link from "next/link"
import { NewPasswordForm, ResetRequestForm } from "@/modules/account/components/forms"

type Props = {
  params: Promise<StoreParams>
  searchParams: Promise<{ token?: string | string[]; email?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await pageStore(params)
  const t = await getTranslations("account.forms")
  return privatePageMetadata(t("reset"), store, (path) => `${links.account(path)}/reset-password`)
}

/** Without a token: ask for the e-mail. With the token from the e-mail: choose the new password. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const [store, { token, email }] = await Promise.all([pageStore(params), searchParams])
  const withLink = typeof token === "string" && typeof email === "string"
  const t = await getTranslations("account.forms")
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">{withLink ? t("newPassword") : t("reset")}</h1>
      <div className="mt-8 rounded-2xl bg-white p-6 ring-1 ring-ink/10">
        {withLink ? (
          <NewPasswordForm storePath={store.path} email={email} token={token} />
        ) : (
          <>
            <p className="mb-4">{t("resetIntro")}</p>
            <ResetRequestForm storePath={store.path} />
          </>
        )}
      </div>
      <p className="mt-6 text-sm">
        <Link href={`/${store.path}/account/login`} className="text-accent underline">
          {t("backToLogin")}
        </Link>
      </p>
    </main>
  )
}
