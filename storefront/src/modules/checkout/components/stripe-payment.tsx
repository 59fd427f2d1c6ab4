"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { useTranslations } from "next-intl"
import { loadStripe, type Stripe } from "@stripe/stripe-js"
import { useEffect, useState } from "react"

/** What the checkout form asks of Stripe: check the fields, then confirm the PaymentIntent. */
export type StripeHandle = {
  /** Validates the Payment Element; a message when something is missing or wrong. */
  submit(): Promise<string | null>
  /** Confirms; redirects to the bank when the method needs it. A message when refused. */
  confirm(clientSecret: string, returnUrl: string): Promise<string | null>
}

const loaded = new Map<string, Promise<Stripe | null>>()

/** Stripe.js is loaded from js.stripe.com once per key, and only on a checkout that uses it. */
function stripeFor(publishableKey: string) {
  if (!loaded.has(publishableKey)) {
    loaded.set(publishableKey, loadStripe(publishableKey))
  }
  return loaded.get(publishableKey)!
}

function PaymentFields({ onReady }: { onReady: (handle: StripeHandle | null) => void }) {
  const t = useTranslations("checkout")
  const stripe = useStripe()
  const elements = useElements()
  useEffect(() => {
    if (!stripe || !elements) {
      onReady(null)
      return
    }
    onReady({
      async submit() {
        const { error } = await elements.submit()
        return error ? (error.message ?? t("completeDetails")) : null
      },
      async confirm(clientSecret, returnUrl) {
        const { error } = await stripe.confirmPayment({
          elements,
          clientSecret,
          confirmParams: { return_url: returnUrl },
          redirect: "if_required",
        })
        if (!error) {
          return null
        }
        return error.type === "card_error" || error.type === "validation_error"
          ? t("cardError", { reason: error.message ?? "" })
          : t("paymentFailed")
      },
    })
  }, [stripe, elements, onReady, t])
  return <PaymentElement options={{ layout: "tabs" }} />
}

/**
 * Stripe's Payment Element (cards, wallets, redirect methods, as enabled for the account) for
 * the cart's total. The PaymentIntent is created by Medusa when the shopper places the order;
 * until then the element only collects details ("deferred intent").
 */
export function StripePayment({
  publishableKey,
  amount,
  currency,
  onReady,
}: {
  publishableKey: string
  amount: number
  currency: string
  onReady: (handle: StripeHandle | null) => void
}) {
  const t = useTranslations("checkout")
  const stripe = stripeFor(publishableKey)
  const [unavailable, setUnavailable] = useState(false)
  useEffect(() => {
    stripe.then(
      (instance) => setUnavailable(!instance),
      () => setUnavailable(true)
    )
  }, [stripe])
  if (unavailable) {
    return (
      <p role="alert" className="text-sm text-red-800">
        {t("stripeUnavailable")}
      </p>
    )
  }
  return (
    <Elements
      stripe={stripe}
      options={{
        mode: "payment",
        amount,
        currency,
        captureMethod: "manual",
        appearance: { theme: "stripe", variables: { colorPrimary: "#7a3e4f", borderRadius: "8px" } },
      }}
    >
      <PaymentFields onReady={onReady} />
    </Elements>
  )
}
