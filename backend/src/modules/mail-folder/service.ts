import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"

type Options = { directory: string; from?: string }

/**
 * A notification provider for development and tests: each e-mail is written to a folder as an
 * .eml-like file (headers, text part, HTML part) instead of being sent.
 */
class MailFolderNotificationService extends AbstractNotificationProviderService {
  static identifier = "mail-folder"

  constructor(
    _container: unknown,
    protected readonly options: Options
  ) {
    super()
  }

  static validateOptions(options: Record<string, unknown>) {
    if (!options.directory) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The mail-folder provider needs a directory option.")
    }
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const id = `${new Date().toISOString().replace(/[:.]/g, "-")}-${notification.template}-${Math.random().toString(36).slice(2, 8)}`
    const content = notification.content ?? {}
    const message = [
      `From: ${notification.from ?? this.options.from ?? "LACREMELUXE <orders@lacremeluxe.test>"}`,
      `To: ${notification.to}`,
      `Subject: ${content.subject ?? notification.template}`,
      `X-Template: ${notification.template}`,
      "Content-Type: multipart/alternative; boundary=lcl",
      "",
      "--lcl",
      "Content-Type: text/plain; charset=utf-8",
      "",
      content.text ?? "",
      "--lcl",
      "Content-Type: text/html; charset=utf-8",
      "",
      content.html ?? "",
      "--lcl--",
      "",
    ].join("\n")
    await mkdir(this.options.directory, { recursive: true })
    await writeFile(path.join(this.options.directory, `${id}.eml`), message)
    return { id }
  }
}

export default MailFolderNotificationService
