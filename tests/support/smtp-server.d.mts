export type ReceivedMail = {
  to: string[]
  from: string
  subject: string
  text: string
  html: string
  date: string
  messageId: string
  headers: { "x-template": string | null }
}
export type TestSmtpServer = {
  messages: ReceivedMail[]
  listen(): Promise<{ smtpUrl: string; httpUrl: string }>
  close(): Promise<unknown>
}
export function createSmtpServer(options?: { user?: string; password?: string }): TestSmtpServer
