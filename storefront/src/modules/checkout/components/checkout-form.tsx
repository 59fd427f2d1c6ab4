"use client"

import { labelLines } from "@lacremeluxe/shared"
import dynamic from "next/dynamic"
import { useLocale, useTranslations } from "next-intl"
import {
  useActionState,
  useCallback,
  useEffect,
  useRef,
  useState,
  useTransition,
  type ComponentProps,
  type FormEvent,
} from "react"
import {
  completeOrderAction,
  placeOrderAction,
  preparePaymentAction,
  updateCheckoutChoicesAction,
} from "@/lib/actions/checkout"
import type { CheckoutFormState } from "@/lib/actions/form-state"
import type { SavedAddress } from "@/lib/data/account"
import type { CheckoutCart } from "@/lib/checkout/cart"
import { stateCode } from "@/lib/util/us-states"
import { changedBeforeHydration } from "@/lib/util/hydration"
import { links } from "@/lib/util/links"
import { formatMoney } from "@/lib/util/money"
import { smallestUnit } from "@/lib/checkout/payment"
import { AddressFields } from "@/modules/common/components/address-fields"
import { FormField } from "@/modules/common/components/form-field"
import type { StripeHandle } from "./stripe-payment"

// Stripe's code is fetched only by a checkout that takes payment through Stripe.
const StripePayment = dynamic(() => import("./stripe-payment").then((m) => m.StripePayment), {
  ssr: false,
  loading: () => <StripeLoading />,
})

function Field(props: Omit<ComponentProps<typeof FormField>, "prefix">) {
  return <FormField prefix="checkout" {...props} />
}

/** The fields that change the total, applied as soon as they change. */
const CHOICES = ["shipping_option_id", "country_code", "province"]

function StripeLoading() {
  const t = useTranslations("checkout")
  return <p className="text-sm text-muted">{t("stripeLoading")}</p>
}

/**
 * One page, in steps: contact, address, shipping, payment; the summary beside it is the review.
 * With the system provider one submit places the order. With Stripe the submit saves the
 * details and opens a PaymentIntent, the Payment Element confirms it (or redirects to the bank,
 * which returns to /checkout/return), and the order is placed once the payment is confirmed.
 */
export function CheckoutForm({ cart, storePath, notice }: { cart: CheckoutCart; storePath: string; notice?: string }) {
  const t = useTranslations("checkout")
  const locale = useLocale()
  const initial: CheckoutFormState = notice ? { status: "failed", message: notice } : { status: "idle" }
  // The system provider: a plain form action (works before JavaScript has loaded).
  const [actionState, formAction, actionPending] = useActionState(placeOrderAction, initial)
  // Stripe: the browser confirms the payment between saving the details and placing the order.
  const [stripeState, setState] = useState<CheckoutFormState | null>(null)
  const [stripePending, startTransition] = useTransition()
  const state = stripeState ?? actionState
  const pending = actionPending || stripePending
  const stripe = useRef<StripeHandle | null>(null)
  const onStripeReady = useCallback((handle: StripeHandle | null) => {
    stripe.current = handle
  }, [])
  const payment = cart.payment

  function payWithStripe(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const values = Object.fromEntries([...form].map(([key, value]) => [key, String(value)]))
    startTransition(async () => {
      const handle = stripe.current
      if (!handle) {
        setState({ status: "failed", message: t("stripeNotReady"), values })
        return
      }
      const incomplete = await handle.submit()
      if (incomplete) {
        setState({ status: "failed", message: incomplete, values })
        return
      }
      const prepared = await preparePaymentAction(form)
      if (prepared.status !== "done" || !prepared.clientSecret) {
        setState(prepared)
        return
      }
      const refused = await handle.confirm(
        prepared.clientSecret,
        `${window.location.origin}${links.checkoutReturn(storePath)}`
      )
      if (refused) {
        setState({ status: "failed", message: refused, values })
        return
      }
      const completed = await completeOrderAction(storePath)
      setState({ ...completed, values })
    })
  }
  const [choicePending, startChoice] = useTransition()
  const [choiceMessage, setChoiceMessage] = useState<string | undefined>()
  /** Shipping method, country and state change the total: applied at once (one round trip). */
  function applyChoices(form: HTMLFormElement | null) {
    if (!form) return
    const data = new FormData(form)
    startChoice(async () => setChoiceMessage((await updateCheckoutChoicesAction(data)).message))
  }
  const address = cart.address
  const saved = cart.customer?.addresses ?? []
  /** Fills the address fields from a saved address (the shopper can still edit them). */
  function fillFromSaved(form: HTMLFormElement | null, option: SavedAddress) {
    if (!form) return
    const values: Record<string, string> = {
      first_name: option.firstName,
      last_name: option.lastName,
      address_1: option.address1,
      address_2: option.address2 ?? "",
      postal_code: option.postalCode,
      city: option.city,
      phone: option.phone ?? "",
    }
    for (const [name, value] of Object.entries(values)) {
      const input = form.elements.namedItem(name)
      if (input instanceof HTMLInputElement) input.value = value
    }
    setCountry(option.countryCode)
    const countrySelect = form.elements.namedItem("country_code")
    if (countrySelect instanceof HTMLSelectElement) countrySelect.value = option.countryCode
    // The state select appears for the US on the next render; set it then.
    requestAnimationFrame(() => {
      const state = form.elements.namedItem("province")
      if (state instanceof HTMLSelectElement) state.value = option.province ?? ""
      applyChoices(form)
    })
  }
  const [country, setCountry] = useState(state.values?.country_code ?? address?.country_code ?? storePath.split("/")[0])
  const formRef = useRef<HTMLFormElement>(null)
  // Choices made before this script ran (a quick shopper, a slow phone) take effect now.
  useEffect(() => {
    const form = formRef.current
    if (!form) return
    const savedChoice = form.querySelector<HTMLInputElement>('input[name="saved_address"]:checked')
    const option = saved.find((candidate) => candidate.id === savedChoice?.value)
    if (option) {
      fillFromSaved(form, option)
    } else if (changedBeforeHydration(form, (control) => CHOICES.includes(control.name))) {
      const countrySelect = form.elements.namedItem("country_code")
      if (countrySelect instanceof HTMLSelectElement) setCountry(countrySelect.value)
      applyChoices(form)
    }
    // Once, on the first render in the browser: later changes go through the controls' handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const chosenShipping = state.values?.shipping_option_id ?? cart.shippingMethodId ?? cart.shippingChoices[0]?.id
  return (
    <form
      ref={formRef}
      {...(payment.kind === "stripe" ? { onSubmit: payWithStripe } : { action: formAction })}
      aria-label={t("title")}
      className="space-y-8"
      noValidate
    >
      <input type="hidden" name="store_country" value={storePath} />
      {state.message ? (
        <p role="alert" className="rounded-xl bg-red-50 p-4 text-red-900 ring-1 ring-red-200">
          {state.message}
        </p>
      ) : null}
      <fieldset className="space-y-4">
        <legend className="font-serif text-2xl">{t("contact")}</legend>
        <Field
          name="email"
          label={t("email")}
          type="email"
          autoComplete="email"
          state={state}
          defaultValue={cart.email}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="font-serif text-2xl">{t("address")}</legend>
        {saved.length ? (
          <div role="group" aria-label={t("savedAddresses")} className="space-y-2">
            <p className="text-sm font-semibold">{t("shipToSaved")}</p>
            {saved.map((option) => (
              <label key={option.id} className="flex items-start gap-3 rounded-xl bg-white p-3 ring-1 ring-ink/10">
                <input
                  type="radio"
                  name="saved_address"
                  value={option.id}
                  onChange={(event) => fillFromSaved(event.target.form, option)}
                  className="mt-1 h-4 w-4 accent-accent"
                />
                <span>{labelLines(option.display, locale).join(", ")}</span>
              </label>
            ))}
          </div>
        ) : null}
        <AddressFields
          prefix="checkout"
          state={state}
          defaults={{ ...address, province: stateCode(address?.province) ?? undefined }}
          countries={cart.countries}
          country={country}
          onCountryChange={(value, form) => {
            setCountry(value)
            applyChoices(form)
          }}
          onStateChange={applyChoices}
        />
        {cart.customer ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="save_address" className="h-4 w-4 accent-accent" />
            {t("saveAddress")}
          </label>
        ) : null}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-serif text-2xl">{t("shipping")}</legend>
        {cart.shippingChoices.map((choice) => (
          <label
            key={choice.id}
            className="flex items-center justify-between gap-4 rounded-xl bg-white p-4 ring-1 ring-ink/10"
          >
            <span className="flex items-center gap-3">
              <input
                type="radio"
                name="shipping_option_id"
                value={choice.id}
                defaultChecked={choice.id === chosenShipping}
                onChange={(event) => applyChoices(event.target.form)}
                className="h-4 w-4 accent-accent"
              />
              {choice.name}
            </span>
            <span>{choice.amount === 0 ? t("free") : formatMoney(choice.amount, cart.currencyCode, locale)}</span>
          </label>
        ))}
        {state.fieldErrors?.shipping_option_id ? (
          <p className="text-sm text-red-800">{state.fieldErrors.shipping_option_id}</p>
        ) : null}
        {choiceMessage ? (
          <p role="status" className="text-sm text-red-800">
            {choiceMessage}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-serif text-2xl">{t("payment")}</legend>
        {payment.kind === "stripe" ? (
          <div className="rounded-xl bg-white p-4 ring-1 ring-ink/10">
            <StripePayment
              publishableKey={payment.publishableKey}
              amount={smallestUnit(cart.total, cart.currencyCode)}
              currency={cart.currencyCode}
              onReady={onStripeReady}
            />
            <p className="mt-3 text-xs text-muted">{t("stripeNote")}</p>
          </div>
        ) : payment.kind === "system" ? (
          <p className="rounded-xl bg-white p-4 text-sm ring-1 ring-ink/10">{t("testPayment")}</p>
        ) : (
          <p className="rounded-xl bg-white p-4 text-sm ring-1 ring-ink/10">{t("noPayment")}</p>
        )}
      </fieldset>
      <button
        type="submit"
        disabled={pending || choicePending || payment.kind === "none"}
        className="w-full rounded-full bg-ink px-6 py-4 text-lg font-semibold text-cream hover:bg-accent disabled:bg-ink/40"
      >
        {pending
          ? t("placing")
          : choicePending
            ? t("updating")
            : t("orderAndPay", { total: formatMoney(cart.total, cart.currencyCode, locale) })}
      </button>
    </form>
  )
}
