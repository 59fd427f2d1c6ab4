import { zodResolver } from "@hookform/resolvers/zod"
import { AdminReviewReply, REVIEW_REPLY_MAX } from "@lacremeluxe/shared"
import { Button, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useId } from "react"
import { useForm } from "react-hook-form"
import { errorMessage } from "../../lib/guides"
import { useReviewAction } from "../../lib/reviews"

/** Staff's reply to one review, shown under it on the product page once the review is approved. */
export const ReplyForm = ({ id, current, onDone }: { id: string; current: string | null; onDone: () => void }) => {
  const action = useReviewAction()
  const fieldId = useId()
  const form = useForm<{ reply: string }>({
    defaultValues: { reply: current ?? "" },
    resolver: zodResolver(AdminReviewReply),
  })
  const error = form.formState.errors.reply?.message

  const submit = form.handleSubmit(({ reply }) =>
    action.mutate(
      { id, action: "reply", reply },
      {
        onSuccess: () => {
          toast.success("Reply saved")
          onDone()
        },
        onError: (failure) => form.setError("reply", { message: errorMessage(failure) }),
      }
    )
  )

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-y-2" aria-label="Reply to the review">
      <Label htmlFor={fieldId} size="small">
        Reply (up to {REVIEW_REPLY_MAX.toLocaleString("en")} characters)
      </Label>
      <Textarea
        id={fieldId}
        rows={3}
        {...form.register("reply")}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
      />
      {error ? (
        <Text id={`${fieldId}-error`} size="xsmall" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      ) : null}
      <div className="flex gap-x-2">
        <Button size="small" type="submit" isLoading={action.isPending}>
          Save reply
        </Button>
        <Button size="small" variant="secondary" type="button" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
