import { US_STATES } from "@/lib/util/us-states"
import { useTranslations } from "next-intl"
import { FormField, type FormFeedback } from "./form-field"

export type AddressDefaults = Partial<
  Record<
    "first_name" | "last_name" | "address_1" | "address_2" | "postal_code" | "city" | "province" | "phone",
    string | null
  >
>

/**
 * The postal address fields, the same at checkout and in the address book: names, street,
 * postal code and town, country (controlled by the caller, since shipping depends on it), a US
 * state when the country is the US, phone. Errors stand beside their fields.
 */
export function AddressFields({
  prefix,
  state,
  defaults = {},
  countries,
  country,
  onCountryChange,
  onStateChange,
}: {
  prefix: string
  state: FormFeedback
  defaults?: AddressDefaults
  countries: { code: string; name: string }[]
  country: string
  onCountryChange: (country: string, form: HTMLFormElement | null) => void
  onStateChange?: (form: HTMLFormElement | null) => void
}) {
  const t = useTranslations("forms.address")
  const field = (name: keyof AddressDefaults, label: string, autoComplete: string, type?: string) => (
    <FormField
      prefix={prefix}
      name={name}
      label={label}
      autoComplete={autoComplete}
      type={type}
      state={state}
      defaultValue={defaults[name]}
    />
  )
  const select = "mt-1 block w-full rounded-lg border border-ink/20 bg-white px-3 py-2"
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        {field("first_name", t("first_name"), "given-name")}
        {field("last_name", t("last_name"), "family-name")}
      </div>
      {field("address_1", t("address_1"), "address-line1")}
      {field("address_2", t("address_2"), "address-line2")}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("postal_code", t("postal_code"), "postal-code")}
        {field("city", t("city"), "address-level2")}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField prefix={prefix} name="country_code" label={t("country")} state={state}>
          <select
            id={`${prefix}-country_code`}
            name="country_code"
            value={country}
            onChange={(event) => onCountryChange(event.target.value, event.target.form)}
            className={select}
          >
            {countries.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </FormField>
        {country === "us" ? (
          <FormField prefix={prefix} name="province" label={t("state")} state={state}>
            <select
              id={`${prefix}-province`}
              name="province"
              defaultValue={state.values?.province ?? defaults.province ?? ""}
              onChange={(event) => onStateChange?.(event.target.form)}
              aria-invalid={state.fieldErrors?.province ? true : undefined}
              aria-describedby={state.fieldErrors?.province ? `${prefix}-province-error` : undefined}
              className={select}
            >
              <option value="">{t("choose")}</option>
              {US_STATES.map((us) => (
                <option key={us.code} value={us.code}>
                  {us.name}
                </option>
              ))}
            </select>
          </FormField>
        ) : null}
      </div>
      {field("phone", t("phone"), "tel", "tel")}
    </>
  )
}
