"use client"

import Link from "next/link"
import { useEffect, useId, useRef, useState } from "react"
import { formatMoney } from "@/lib/util/money"

type Result = { handle: string; title: string; price: number | null; product_type: string | null }
/** The search route's answer; `status` and `see_all` are its sentences in the store's language. */
type Answer = { count: number; currency_code: string; results: Result[]; status: string; see_all: string }

/** The box's own words, from SearchBox (a server component). */
type Words = { label: string; placeholder: string; results: string }

/**
 * Search in the header: a plain GET form to the shop (works without JS), with results as you
 * type once two letters are in.
 */
export function SearchField({ storePath, locale, words }: { storePath: string; locale: string; words: Words }) {
  const [query, setQuery] = useState("")
  const [found, setFound] = useState<Answer | null>(null)
  const listId = useId()
  const input = useRef<HTMLInputElement>(null)

  // What a quick shopper typed before this script ran is kept by the browser: search for it now.
  useEffect(() => {
    const typed = input.current?.value
    if (typed) {
      setQuery(typed)
    }
  }, [])

  useEffect(() => {
    const q = query.trim()
    if (q.length < 2) {
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(`/api/search?store=${storePath}&q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : null))
        .then((body: Answer | null) => setFound(body))
        .catch(() => {})
    }, 200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query, storePath])

  // Fewer than two letters show nothing, whatever an earlier search found.
  const answer = query.trim().length < 2 ? null : found

  return (
    <form role="search" method="get" action={`/${storePath}/shop`} className="relative w-full lg:w-auto">
      <label htmlFor={`${listId}-input`} className="sr-only">
        {words.label}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        name="q"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={words.placeholder}
        autoComplete="off"
        aria-describedby={answer ? `${listId}-status` : undefined}
        className="w-full lg:w-44 xl:w-48 rounded-full border border-ink/20 bg-white px-4 py-2 text-sm"
      />
      {answer ? (
        <div className="absolute right-0 z-20 mt-2 w-80 rounded-2xl bg-white p-3 shadow-lg ring-1 ring-ink/10">
          <p id={`${listId}-status`} role="status" className="px-2 text-xs text-muted">
            {answer.status}
          </p>
          <ul aria-label={words.results} className="mt-1">
            {answer.results.map((result) => (
              <li key={result.handle}>
                <Link
                  href={`/${storePath}/products/${result.handle}`}
                  className="flex justify-between gap-3 rounded-lg px-2 py-2 text-sm hover:bg-blush"
                >
                  <span>
                    {result.title}
                    {result.product_type ? (
                      <span className="block text-xs text-muted">{result.product_type}</span>
                    ) : null}
                  </span>
                  {result.price !== null ? (
                    <span className="shrink-0">{formatMoney(result.price, answer.currency_code, locale)}</span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
          {answer.count > answer.results.length ? (
            <button
              type="submit"
              className="mt-1 w-full rounded-lg px-2 py-2 text-left text-sm font-semibold text-accent hover:bg-blush"
            >
              {answer.see_all}
            </button>
          ) : null}
        </div>
      ) : null}
    </form>
  )
}
