import nodemailer, { type Transporter } from "nodemailer"
import type SMTPTransport from "nodemailer/lib/smtp-transport"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"

type Options = { url: string; from: string }

/**
 * Sends e-mails through an SMTP server (nodemailer). `smtp://` upgrades to TLS with STARTTLS when
 * the server offers it, `smtps://` speaks TLS from the first byte. A refused recipient or an
 * unreachable server throws, so the Notification Module records the notification as failed and
 * the send can be retried (see src/jobs/send-failed-mails.ts).
 */
class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "smtp"
  private readonly transporter: Transporter

  constructor(
    _container: unknown,
    protected readonly options: Options
  ) {
    super()
    const transport: SMTPTransport.Options = {
      url: options.url,
      // A dead server fails the send within seconds instead of holding a worker for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    }
    this.transporter = nodemailer.createTransport(transport)
  }

  static validateOptions(options: Record<string, unknown>) {
    if (!options.url || !options.from) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The smtp notification provider needs the url and from options."
      )
    }
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const content = notification.content ?? {}
    if (!content.subject || (!content.text && !content.html)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The e-mail "${notification.template}" has no subject or body to send.`
      )
    }
    const info = await this.transporter.sendMail({
      from: notification.from || this.options.from,
      to: notification.to,
      subject: content.subject,
      text: content.text,
      html: content.html,
      headers: { "X-Template": notification.template },
    })
    // nodemailer resolves when at least one recipient was accepted; ours have exactly one.
    if (info.rejected?.length) {
      throw new Error(`The SMTP server refused ${info.rejected.join(", ")}: ${info.response}`)
    }
    return { id: info.messageId }
  }
}

export default SmtpNotificationService
