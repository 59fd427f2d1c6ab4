/** The e-mails that reached the test run's SMTP server (tests/support/smtp-server.mjs). */
import type { ReceivedMail } from "./smtp-server.mjs"

export type { ReceivedMail }

function mailUrl(): string {
  const url = process.env.LCL_MAIL_URL
  if (!url) {
    throw new Error("LCL_MAIL_URL is not set: run the suite with `npm test`, which starts the SMTP server first.")
  }
  return url
}

/** Every e-mail received so far. */
export async function receivedMails(): Promise<ReceivedMail[]> {
  const response = await fetch(`${mailUrl()}/messages`)
  return (await response.json()) as ReceivedMail[]
}

/** The e-mails to one address (and with a subject containing `subject`, or matching it). */
export async function mailsTo(to: string, subject?: string | RegExp): Promise<ReceivedMail[]> {
  const wanted = to.toLowerCase()
  return (await receivedMails()).filter(
    (mail) =>
      mail.to.some((address) => address.toLowerCase() === wanted) &&
      (subject === undefined ||
        (typeof subject === "string" ? mail.subject.includes(subject) : subject.test(mail.subject)))
  )
}

/** Waits (bounded) for an e-mail to `to`, optionally with a subject; fails saying what did arrive. */
export async function waitForMail({
  to,
  subject,
  timeout = 30_000,
}: {
  to: string
  subject?: string | RegExp
  timeout?: number
}): Promise<ReceivedMail> {
  const deadline = Date.now() + timeout
  for (;;) {
    const [mail] = await mailsTo(to, subject)
    if (mail) {
      return mail
    }
    if (Date.now() > deadline) {
      const arrived = (await mailsTo(to)).map((m) => m.subject)
      throw new Error(
        `No e-mail to ${to}${subject ? ` with subject ${subject}` : ""} within ${timeout / 1000} s (to that address: ${JSON.stringify(arrived)})`
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Makes the SMTP server refuse recipients at a domain (null: accept all again) or be down. */
export async function smtpControl(change: { refuse?: string | null; down?: boolean }) {
  const response = await fetch(`${mailUrl()}/control`, { method: "POST", body: JSON.stringify(change) })
  if (!response.ok) {
    throw new Error(`SMTP control failed: ${response.status}`)
  }
}
