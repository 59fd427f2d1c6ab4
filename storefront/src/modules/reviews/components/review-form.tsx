"use client"

import { REVIEW_TEXT_MAX, SKIN_TYPES, type SkinType } from "@lacremeluxe/shared"
import Link from "next/link"
import { useActionState, useEffect, useState } from "react"
import { submitReviewAction } from "@/lib/actions/reviews"
import { IDLE, type FormState } from "@/lib/actions/form-state"
import { FormField } from "@/modules/common/components/form-field"
import { FormMessage } from "@/modules/common/components/form-message"

const FIELD = "mt-1 block w-full rounded-lg border border-ink/20 bg-white px-3 py-2 aria-[invalid]:border-red-700"

export type ReviewFormWords = Record<
  "heading" | "signIn" | "signInWhy" | "rating" | "title" | "text" | "textHint" | "skinType" | "noSkinType",
  string
> &
  Record<"send" | "sending" | "moderation", string> & {
    /** "1 star" … "5 stars", by rating − 1. */
    stars: string[]
    skinTypes: Record<SkinType, string>
  }

/**
 * The review form on a product page. The page is static, so whether the visitor is signed in is
 * asked once on arrival; until then (and without JavaScript) it offers the sign-in link. Its words
 * come from the server (ProductReviews): product pages carry no next-intl client runtime.
 */
export function ReviewForm({
  productId,
  storePath,
  words,
}: {
  productId: string
  storePath: string
  words: ReviewFormWords
}) {
  const [signedIn, setSignedIn] = useState(false)
  const [state, action, pending] = useActionState<FormState, FormData>(submitReviewAction.bind(null, productId), IDLE)

  useEffect(() => {
    let live = true
    fetch("/api/session", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { signed_in: false }))
      .then((body: { signed_in?: boolean }) => live && setSignedIn(Boolean(body.signed_in)))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])

  if (!signedIn) {
    return (
      <div className="mt-6 rounded-2xl bg-white p-4 ring-1 ring-ink/10">
        <Link href={`/${storePath}/account/login`} className="font-semibold text-accent underline" prefetch={false}>
          {words.signIn}
        </Link>
        <p className="mt-1 text-sm text-muted">{words.signInWhy}</p>
      </div>
    )
  }

  const ratingError = state.fieldErrors?.rating
  return (
    <form
      action={action}
      className="mt-6 space-y-4 rounded-2xl bg-white p-4 ring-1 ring-ink/10"
      aria-labelledby="write-review-heading"
      noValidate
    >
      <input type="hidden" name="storePath" value={storePath} />
      <h3 id="write-review-heading" className="font-serif text-xl">
        {words.heading}
      </h3>
      <FormMessage status={state.status} message={state.message} />
      <fieldset aria-describedby={ratingError ? "review-rating-error" : undefined}>
        <legend className="text-sm font-semibold">{words.rating}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {[5, 4, 3, 2, 1].map((star) => (
            <label key={star} className="flex items-center gap-1 text-sm">
              <input
                type="radio"
                name="rating"
                value={star}
                defaultChecked={state.values?.rating === String(star)}
                aria-invalid={ratingError ? true : undefined}
              />
              {words.stars[star - 1]}
            </label>
          ))}
        </div>
        {ratingError ? (
          <p id="review-rating-error" className="mt-1 text-sm text-red-800">
            {ratingError}
          </p>
        ) : null}
      </fieldset>
      <FormField prefix="review" name="title" label={words.title} state={state} required />
      <FormField prefix="review" name="text" label={words.text} state={state} hint={words.textHint} required>
        <textarea
          id="review-text"
          name="text"
          rows={5}
          maxLength={REVIEW_TEXT_MAX}
          defaultValue={state.values?.text ?? ""}
          aria-invalid={state.fieldErrors?.text ? true : undefined}
          aria-describedby={`review-text-hint${state.fieldErrors?.text ? " review-text-error" : ""}`}
          className={FIELD}
        />
      </FormField>
      <FormField prefix="review" name="skin_type" label={words.skinType} state={state}>
        <select id="review-skin_type" name="skin_type" defaultValue={state.values?.skin_type ?? ""} className={FIELD}>
          <option value="">{words.noSkinType}</option>
          {SKIN_TYPES.map((type) => (
            <option key={type} value={type}>
              {words.skinTypes[type]}
            </option>
          ))}
        </select>
      </FormField>
      <p className="text-sm text-muted">{words.moderation}</p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-ink px-5 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? words.sending : words.send}
      </button>
    </form>
  )
}
