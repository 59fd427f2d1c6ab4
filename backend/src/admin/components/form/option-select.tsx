import { Select } from "@medusajs/ui"
import type { ControlProps } from "./form-field"

export type Option = { value: string; label: string }

type OptionSelectProps = {
  /** From FormField: the trigger is the control its label names. */
  control: ControlProps
  name: string
  value: string
  onChange: (value: string) => void
  /** react-hook-form's field ref, so a refused value puts the focus here. */
  triggerRef: (element: HTMLButtonElement | null) => void
  options: readonly Option[]
  placeholder?: string
}

/** Medusa's Select as a form field's control. */
export const OptionSelect = ({
  control,
  name,
  value,
  onChange,
  triggerRef,
  options,
  placeholder,
}: OptionSelectProps) => (
  <Select name={name} value={value} onValueChange={onChange}>
    <Select.Trigger ref={triggerRef} {...control}>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
