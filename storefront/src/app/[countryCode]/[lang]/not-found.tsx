import { useTranslations } from "next-intl"

export default function NotFound() {
  const t = useTranslations("notFound")
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="font-serif text-3xl">{t("title")}</h1>
      <p className="mt-4 text-muted">{t("text")}</p>
      <p className="mt-6">
        {/* A full load of `/`: the proxy redirects it to the visitor's remembered country. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="underline" href="/">
          {t("back")}
        </a>
      </p>
    </main>
  )
}
