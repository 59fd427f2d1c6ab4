import { LegalMarkdown } from "../components/legal-markdown"

export function LegalTemplate({ title, body, storePath }: { title: string; body: string; storePath: string }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 pb-24 sm:px-6">
      <header className="py-12 sm:py-16">
        <p className="text-sm font-semibold uppercase tracking-widest text-accent">LACREMELUXE</p>
        <h1 className="mt-3 font-serif text-4xl leading-tight sm:text-5xl">{title}</h1>
      </header>
      <article className="break-words">
        <LegalMarkdown text={body} storePath={storePath} />
      </article>
    </main>
  )
}
