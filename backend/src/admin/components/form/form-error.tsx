import { Alert, Text } from "@medusajs/ui"
import { useEffect, useRef } from "react"

type FormErrorProps = {
  id: string
  /** What was not done, e.g. "The section was not saved." */
  title: string
  /** The server's sentence; nothing is shown without one. */
  message?: string
}

/** A refusal from the server, above the form it concerns, scrolled into view when it appears. */
export const FormError = ({ id, title, message }: FormErrorProps) => {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (message) {
      ref.current?.scrollIntoView({ block: "nearest" })
    }
  }, [message])

  if (!message) {
    return null
  }
  return (
    <Alert ref={ref} id={id} variant="error" role="alert">
      <Text size="small" weight="plus" leading="compact">
        {title}
      </Text>
      <Text size="small">{message}</Text>
    </Alert>
  )
}
