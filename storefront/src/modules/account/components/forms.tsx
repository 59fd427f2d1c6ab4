"use client"

import Link from "next/link"
import { useTranslations } from "next-intl"
import { useActionState, useState, type ReactNode } from "react"
import {
  addAddressAction,
  deleteAccountAction,
  loginAction,
  registerAction,
  requestPasswordResetAction,
  resetPasswordAction,
  updateProfileAction,
} from "@/lib/actions/account"
import { IDLE, type FormState } from "@/lib/actions/form-state"
import { AddressFields } from "@/modules/common/components/address-fields"
import { FormField } from "@/modules/common/components/form-field"
import { FormMessage } from "@/modules/common/components/form-message"

type Action = (previous: FormState, form: FormData) => Promise<FormState>

/** One account form: its fields, the result above them, a button that says what it is doing. */
function AccountForm({
  action,
  name,
  submit,
  busy,
  storePath,
  children,
  danger = false,
}: {
  action: Action
  name: string
  submit: string
  busy: string
  storePath: string
  children: (state: FormState) => ReactNode
  danger?: boolean
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, IDLE)
  return (
    <form action={formAction} aria-label={name} className="space-y-4" noValidate>
      <input type="hidden" name="country" value={storePath} />
      <FormMessage status={state.status} message={state.message} />
      {children(state)}
      <button
        type="submit"
        disabled={pending}
        className={`rounded-full px-6 py-3 font-semibold text-cream disabled:opacity-50 ${danger ? "bg-red-800 hover:bg-red-900" : "bg-ink hover:bg-accent"}`}
      >
        {pending ? busy : submit}
      </button>
    </form>
  )
}

/** A new password typed twice, with the rule it must follow. */
function NewPasswordFields({ prefix, label, state }: { prefix: string; label: string; state: FormState }) {
  const t = useTranslations("account.forms")
  return (
    <>
      <FormField
        prefix={prefix}
        name="password"
        label={label}
        type="password"
        autoComplete="new-password"
        hint={t("passwordRule")}
        state={state}
      />
      <FormField
        prefix={prefix}
        name="password_again"
        label={t("again", { label })}
        type="password"
        autoComplete="new-password"
        state={state}
      />
    </>
  )
}

export function LoginForm({ storePath }: { storePath: string }) {
  const t = useTranslations("account.forms")
  return (
    <AccountForm action={loginAction} name={t("login")} submit={t("login")} busy={t("loggingIn")} storePath={storePath}>
      {(state) => (
        <>
          <FormField prefix="login" name="email" label={t("email")} type="email" autoComplete="email" state={state} />
          <FormField
            prefix="login"
            name="password"
            label={t("password")}
            type="password"
            autoComplete="current-password"
            state={state}
          />
          <p className="text-sm">
            <Link href={`/${storePath}/account/reset-password`} className="text-accent underline">
              {t("forgot")}
            </Link>
          </p>
        </>
      )}
    </AccountForm>
  )
}

export function RegisterForm({ storePath }: { storePath: string }) {
  const t = useTranslations("account.forms")
  return (
    <AccountForm
      action={registerAction}
      name={t("register")}
      submit={t("registerSubmit")}
      busy={t("registering")}
      storePath={storePath}
    >
      {(state) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              prefix="register"
              name="first_name"
              label={t("firstName")}
              autoComplete="given-name"
              state={state}
            />
            <FormField
              prefix="register"
              name="last_name"
              label={t("lastName")}
              autoComplete="family-name"
              state={state}
            />
          </div>
          <FormField
            prefix="register"
            name="email"
            label={t("email")}
            type="email"
            autoComplete="email"
            state={state}
          />
          <NewPasswordFields prefix="register" label={t("password")} state={state} />
        </>
      )}
    </AccountForm>
  )
}

export function ResetRequestForm({ storePath }: { storePath: string }) {
  const t = useTranslations("account.forms")
  return (
    <AccountForm
      action={requestPasswordResetAction}
      name={t("reset")}
      submit={t("resetSubmit")}
      busy={t("sending")}
      storePath={storePath}
    >
      {(state) => (
        <FormField prefix="reset" name="email" label={t("email")} type="email" autoComplete="email" state={state} />
      )}
    </AccountForm>
  )
}

export function NewPasswordForm({ storePath, email, token }: { storePath: string; email: string; token: string }) {
  const t = useTranslations("account.forms")
  return (
    <AccountForm
      action={resetPasswordAction}
      name={t("newPassword")}
      submit={t("newPasswordSubmit")}
      busy={t("saving")}
      storePath={storePath}
    >
      {(state) => (
        <>
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="token" value={token} />
          <p>{t.rich("for", { email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <NewPasswordFields prefix="new-password" label={t("newPasswordLabel")} state={state} />
          {state.fieldErrors?.token ? <p className="text-sm text-red-800">{state.fieldErrors.token}</p> : null}
        </>
      )}
    </AccountForm>
  )
}

export function ProfileForm({
  storePath,
  profile,
}: {
  storePath: string
  profile: { firstName: string; lastName: string; phone: string | null }
}) {
  const t = useTranslations("account.forms")
  return (
    <AccountForm
      action={updateProfileAction}
      name={t("details")}
      submit={t("detailsSubmit")}
      busy={t("saving")}
      storePath={storePath}
    >
      {(state) => (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              prefix="profile"
              name="first_name"
              label={t("firstName")}
              autoComplete="given-name"
              state={state}
              defaultValue={profile.firstName}
            />
            <FormField
              prefix="profile"
              name="last_name"
              label={t("lastName")}
              autoComplete="family-name"
              state={state}
              defaultValue={profile.lastName}
            />
          </div>
          <FormField
            prefix="profile"
            name="phone"
            label={t("phone")}
            type="tel"
            autoComplete="tel"
            state={state}
            defaultValue={profile.phone}
          />
        </>
      )}
    </AccountForm>
  )
}

export function AddressForm({
  storePath,
  countries,
}: {
  storePath: string
  countries: { code: string; name: string }[]
}) {
  const t = useTranslations("account.forms")
  const [country, setCountry] = useState(storePath.split("/")[0])
  return (
    <AccountForm
      action={addAddressAction}
      name={t("addAddress")}
      submit={t("addAddressSubmit")}
      busy={t("saving")}
      storePath={storePath}
    >
      {(state) => (
        <>
          <AddressFields
            prefix="address"
            state={state}
            countries={countries}
            country={country}
            onCountryChange={(value) => setCountry(value)}
          />
        </>
      )}
    </AccountForm>
  )
}

export function DeleteAccountForm({ storePath }: { storePath: string }) {
  const t = useTranslations("account.forms")
  return (
    <AccountForm
      action={deleteAccountAction}
      name={t("delete")}
      submit={t("delete")}
      busy={t("deleting")}
      storePath={storePath}
      danger
    >
      {(state) => (
        <>
          <FormField
            prefix="delete"
            name="password"
            label={t("yourPassword")}
            type="password"
            autoComplete="current-password"
            state={state}
          />
          <div>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="confirm"
                defaultChecked={state.values?.confirm === "on"}
                aria-invalid={state.fieldErrors?.confirm ? true : undefined}
                aria-describedby={state.fieldErrors?.confirm ? "delete-confirm-error" : undefined}
                className="mt-1 h-4 w-4"
              />
              <span>{t("deleteConfirm")}</span>
            </label>
            {state.fieldErrors?.confirm ? (
              <p id="delete-confirm-error" className="mt-1 text-sm text-red-800">
                {state.fieldErrors.confirm}
              </p>
            ) : null}
          </div>
        </>
      )}
    </AccountForm>
  )
}
