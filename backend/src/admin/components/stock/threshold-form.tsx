import { Button, Input, Text, toast } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { errorMessage } from "../../lib/guides"
import { thresholdError, useSetLowStockThreshold } from "../../lib/low-stock"

/** One item's low-stock threshold, edited in place on the Low stock page. */
export const ThresholdForm = ({ id, title, threshold }: { id: string; title: string; threshold: number }) => {
  const [value, setValue] = useState(String(threshold))
  const [error, setError] = useState<string | null>(null)
  const save = useSetLowStockThreshold()
  const inputId = useId()
  const errorId = `${inputId}-error`

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problem = thresholdError(value)
    setError(problem)
    if (problem) {
      return
    }
    save.mutate(
      { id, threshold: Number(value) },
      {
        onSuccess: () => toast.success(`Threshold of ${title} saved`),
        onError: (failure) => setError(errorMessage(failure)),
      }
    )
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-y-1" aria-label={`Low-stock threshold of ${title}`}>
      <div className="flex items-center gap-x-2">
        <label htmlFor={inputId} className="sr-only">
          Low-stock threshold of {title}
        </label>
        <Input
          id={inputId}
          size="small"
          type="number"
          inputMode="numeric"
          min={0}
          className="w-20"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <Button size="small" variant="secondary" type="submit" isLoading={save.isPending}>
          Save<span className="sr-only"> threshold of {title}</span>
        </Button>
      </div>
      {error ? (
        <Text id={errorId} size="xsmall" className="text-ui-fg-error max-w-[220px]" role="alert">
          {error}
        </Text>
      ) : null}
    </form>
  )
}
