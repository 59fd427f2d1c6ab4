/** A question's choices as large tappable rows: radios (one answer) or checkboxes (any number). */
export function QuizChoices({
  name,
  type,
  choices,
  checked,
}: {
  name: string
  type: "radio" | "checkbox"
  choices: { value: string; label: string; detail?: string }[]
  checked: string[]
}) {
  return (
    <ul className="mt-6 space-y-3">
      {choices.map((choice) => {
        const id = `choice-${name}-${choice.value}`
        return (
          <li key={choice.value}>
            <label className="flex cursor-pointer items-center gap-4 rounded-2xl bg-white px-4 py-3 ring-1 ring-ink/10 has-[:checked]:ring-2 has-[:checked]:ring-accent">
              {/* Named by the choice alone; the detail is its description. */}
              <input
                type={type}
                name={name}
                value={choice.value}
                defaultChecked={checked.includes(choice.value)}
                required={type === "radio"}
                aria-labelledby={id}
                aria-describedby={choice.detail ? `${id}-detail` : undefined}
                className="h-5 w-5 shrink-0 accent-accent"
              />
              <span>
                <span id={id} className="block font-semibold">
                  {choice.label}
                </span>
                {choice.detail ? (
                  <span id={`${id}-detail`} className="block text-sm text-muted">
                    {choice.detail}
                  </span>
                ) : null}
              </span>
            </label>
          </li>
        )
      })}
    </ul>
  )
}
