import { button, heading, layout, lines, money, paragraph, table } from "./html"
import { itemLabel } from "./order-placed"

/**
 * The e-mails that follow an order: shipped, delivered, canceled, refund issued, return requested,
 * return received. Pure: unit-tested. Each takes what the shopper needs to read, already shaped.
 */

export type MailItem = { title: string; variantTitle: string | null; quantity: number }
export type Tracking = { number: string; url: string | null }

const items = (list: MailItem[]) => table(list.map((item) => ({ label: itemLabel(item) })))

/** Only http(s) links become buttons: a tracking "link" of another scheme is shown as text. */
const isWebLink = (url: string | null): url is string => {
  try {
    return Boolean(url) && /^https?:$/.test(new URL(url!).protocol)
  } catch {
    return false
  }
}

export function renderOrderShipped(mail: { displayId: number; items: MailItem[]; trackings: Tracking[] }) {
  return layout({
    subject: `Your LACREMELUXE order #${mail.displayId} is on its way`,
    title: `Order #${mail.displayId} is on its way`,
    blocks: [
      paragraph("We have handed your parcel to the carrier. In it:"),
      items(mail.items),
      ...mail.trackings.flatMap((tracking) => [
        paragraph(`Tracking number: ${tracking.number}`),
        ...(isWebLink(tracking.url) ? [button("Track your parcel", tracking.url)] : []),
      ]),
    ],
  })
}

export function renderOrderDelivered(mail: { displayId: number; items: MailItem[] }) {
  return layout({
    subject: `Your LACREMELUXE order #${mail.displayId} has been delivered`,
    title: `Order #${mail.displayId} has been delivered`,
    blocks: [
      paragraph("Your parcel has arrived. It held:"),
      items(mail.items),
      paragraph(
        "You can return unopened items within 14 days of receipt, without giving a reason: start the return from the order in your account."
      ),
    ],
  })
}

export function renderOrderCanceled(mail: { displayId: number; currencyCode: string; total: number }) {
  return layout({
    subject: `Your LACREMELUXE order #${mail.displayId} has been canceled`,
    title: `Order #${mail.displayId} has been canceled`,
    blocks: [
      paragraph(
        `Your order #${mail.displayId} of ${money(mail.total, mail.currencyCode)} has been canceled and will not be sent.`
      ),
      paragraph(
        "Any payment held for it is released or refunded to the payment method you used; your bank may take a few days to show it."
      ),
    ],
  })
}

export function renderRefundIssued(mail: { displayId: number; currencyCode: string; amount: number }) {
  const amount = money(mail.amount, mail.currencyCode)
  return layout({
    subject: `Refund of ${amount} for your LACREMELUXE order #${mail.displayId}`,
    title: `We have refunded ${amount}`,
    blocks: [
      table([{ label: `Refund for order #${mail.displayId}`, value: amount, strong: true }]),
      paragraph("The amount goes back to the payment method you used; your bank may take a few days to show it."),
    ],
  })
}

export function renderReturnRequested(mail: {
  displayId: number
  returnNumber: number
  items: MailItem[]
  address: string[]
}) {
  return layout({
    subject: `Your return for LACREMELUXE order #${mail.displayId}`,
    title: `Return #${mail.returnNumber} for order #${mail.displayId}`,
    blocks: [
      paragraph("Please send these items back:"),
      items(mail.items),
      heading("Send them to"),
      lines(mail.address),
      paragraph(
        `Put a note with your order number #${mail.displayId} in the parcel. We will write again when it has arrived.`
      ),
    ],
  })
}

export function renderReturnReceived(mail: { displayId: number; returnNumber: number; items: MailItem[] }) {
  return layout({
    subject: `We have received your return for LACREMELUXE order #${mail.displayId}`,
    title: `Return #${mail.returnNumber} has arrived`,
    blocks: [
      paragraph("We have received these items:"),
      items(mail.items),
      paragraph("Your refund follows; we will send you an e-mail when it has been issued."),
    ],
  })
}
