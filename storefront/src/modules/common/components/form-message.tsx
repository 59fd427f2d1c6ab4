/** A form's result above its fields: a status when done, an alert when refused (account, order and return forms). */
export function FormMessage({ status, message }: { status: string; message?: string }) {
  if (!message) return null
  const done = status === "done"
  return (
    <p
      role={done ? "status" : "alert"}
      className={
        done
          ? "rounded-xl bg-green-50 p-3 text-green-900 ring-1 ring-green-200"
          : "rounded-xl bg-red-50 p-3 text-red-900 ring-1 ring-red-200"
      }
    >
      {message}
    </p>
  )
}
