/**
 * Whether the shopper changed one of the form's choices (checkbox, radio, select) before the
 * page's script ran: a quick shopper, or a slow phone. React keeps such changes when it hydrates,
 * so they differ from the defaults the server rendered, but the change event has come and gone;
 * a component that acts on change calls this once on mount to catch up. `only` narrows the
 * controls looked at.
 */
export function changedBeforeHydration(
  form: HTMLFormElement,
  only: (control: HTMLInputElement | HTMLSelectElement) => boolean = () => true
): boolean {
  return Array.from(form.elements).some((element) => {
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
      return only(element) && element.checked !== element.defaultChecked
    }
    if (element instanceof HTMLSelectElement) {
      return only(element) && Array.from(element.options).some((option) => option.selected !== option.defaultSelected)
    }
    return false
  })
}
