/**
 * Every sentence of the order e-mails in each language the store speaks. The e-mail of an order
 * speaks the order's language (the locale its cart was made in; English when it has none).
 * Numbers, prices and dates are formatted for the language by `Intl` (html.ts), never here.
 */
import type { Locale } from "@lacremeluxe/shared"

type N = number

export type MailWords = {
  signature: string
  placed: {
    subject: (order: N) => string
    title: (order: N) => string
    subtotal: string
    discount: string
    shipping: string
    includedVat: string
    salesTax: string
    total: string
    shippingTo: string
  }
  shipped: {
    subject: (order: N) => string
    title: (order: N) => string
    intro: string
    trackingNumber: (number: string) => string
    track: string
  }
  delivered: { subject: (order: N) => string; title: (order: N) => string; intro: string; returns: string }
  canceled: {
    subject: (order: N) => string
    title: (order: N) => string
    intro: (order: N, total: string) => string
    payment: string
  }
  refund: {
    subject: (amount: string, order: N) => string
    title: (amount: string) => string
    row: (order: N) => string
    bank: string
  }
  returnRequested: {
    subject: (order: N) => string
    title: (returnNumber: N, order: N) => string
    intro: string
    sendTo: string
    note: (order: N) => string
  }
  returnReceived: {
    subject: (order: N) => string
    title: (returnNumber: N) => string
    intro: string
    refundFollows: string
  }
}

const en: MailWords = {
  signature: "LACREMELUXE — pore care, step by step",
  placed: {
    subject: (order) => `Your LACREMELUXE order #${order}`,
    title: (order) => `Thank you for your order #${order}`,
    subtotal: "Subtotal",
    discount: "Discount",
    shipping: "Shipping",
    includedVat: "Included VAT",
    salesTax: "Sales tax",
    total: "Total",
    shippingTo: "Shipping to",
  },
  shipped: {
    subject: (order) => `Your LACREMELUXE order #${order} is on its way`,
    title: (order) => `Order #${order} is on its way`,
    intro: "We have handed your parcel to the carrier. In it:",
    trackingNumber: (number) => `Tracking number: ${number}`,
    track: "Track your parcel",
  },
  delivered: {
    subject: (order) => `Your LACREMELUXE order #${order} has been delivered`,
    title: (order) => `Order #${order} has been delivered`,
    intro: "Your parcel has arrived. It held:",
    returns:
      "You can return unopened items within 14 days of receipt, without giving a reason: start the return from the order in your account.",
  },
  canceled: {
    subject: (order) => `Your LACREMELUXE order #${order} has been canceled`,
    title: (order) => `Order #${order} has been canceled`,
    intro: (order, total) => `Your order #${order} of ${total} has been canceled and will not be sent.`,
    payment:
      "Any payment held for it is released or refunded to the payment method you used; your bank may take a few days to show it.",
  },
  refund: {
    subject: (amount, order) => `Refund of ${amount} for your LACREMELUXE order #${order}`,
    title: (amount) => `We have refunded ${amount}`,
    row: (order) => `Refund for order #${order}`,
    bank: "The amount goes back to the payment method you used; your bank may take a few days to show it.",
  },
  returnRequested: {
    subject: (order) => `Your return for LACREMELUXE order #${order}`,
    title: (returnNumber, order) => `Return #${returnNumber} for order #${order}`,
    intro: "Please send these items back:",
    sendTo: "Send them to",
    note: (order) =>
      `Put a note with your order number #${order} in the parcel. We will write again when it has arrived.`,
  },
  returnReceived: {
    subject: (order) => `We have received your return for LACREMELUXE order #${order}`,
    title: (returnNumber) => `Return #${returnNumber} has arrived`,
    intro: "We have received these items:",
    refundFollows: "Your refund follows; we will send you an e-mail when it has been issued.",
  },
}

const de: MailWords = {
  signature: "LACREMELUXE — Porenpflege Schritt für Schritt",
  placed: {
    subject: (order) => `Ihre LACREMELUXE-Bestellung #${order}`,
    title: (order) => `Vielen Dank für Ihre Bestellung #${order}`,
    subtotal: "Zwischensumme",
    discount: "Rabatt",
    shipping: "Versand",
    includedVat: "Enthaltene MwSt.",
    salesTax: "Umsatzsteuer",
    total: "Gesamtsumme",
    shippingTo: "Lieferadresse",
  },
  shipped: {
    subject: (order) => `Ihre LACREMELUXE-Bestellung #${order} ist unterwegs`,
    title: (order) => `Bestellung #${order} ist unterwegs`,
    intro: "Wir haben Ihr Paket dem Versanddienst übergeben. Darin:",
    trackingNumber: (number) => `Sendungsnummer: ${number}`,
    track: "Sendung verfolgen",
  },
  delivered: {
    subject: (order) => `Ihre LACREMELUXE-Bestellung #${order} wurde zugestellt`,
    title: (order) => `Bestellung #${order} wurde zugestellt`,
    intro: "Ihr Paket ist angekommen. Es enthielt:",
    returns:
      "Ungeöffnete Artikel können Sie innerhalb von 14 Tagen nach Erhalt ohne Angabe von Gründen zurücksenden: Starten Sie die Rücksendung über die Bestellung in Ihrem Konto.",
  },
  canceled: {
    subject: (order) => `Ihre LACREMELUXE-Bestellung #${order} wurde storniert`,
    title: (order) => `Bestellung #${order} wurde storniert`,
    intro: (order, total) => `Ihre Bestellung #${order} über ${total} wurde storniert und wird nicht versandt.`,
    payment:
      "Eine dafür reservierte Zahlung wird freigegeben oder auf das von Ihnen verwendete Zahlungsmittel erstattet; es kann einige Tage dauern, bis Ihre Bank sie anzeigt.",
  },
  refund: {
    subject: (amount, order) => `Erstattung von ${amount} für Ihre LACREMELUXE-Bestellung #${order}`,
    title: (amount) => `Wir haben ${amount} erstattet`,
    row: (order) => `Erstattung für Bestellung #${order}`,
    bank: "Der Betrag geht an das von Ihnen verwendete Zahlungsmittel zurück; es kann einige Tage dauern, bis Ihre Bank ihn anzeigt.",
  },
  returnRequested: {
    subject: (order) => `Ihre Rücksendung zur LACREMELUXE-Bestellung #${order}`,
    title: (returnNumber, order) => `Rücksendung #${returnNumber} zur Bestellung #${order}`,
    intro: "Bitte senden Sie diese Artikel zurück:",
    sendTo: "Senden Sie sie an",
    note: (order) =>
      `Legen Sie dem Paket einen Zettel mit Ihrer Bestellnummer #${order} bei. Wir schreiben Ihnen erneut, wenn es angekommen ist.`,
  },
  returnReceived: {
    subject: (order) => `Wir haben Ihre Rücksendung zur LACREMELUXE-Bestellung #${order} erhalten`,
    title: (returnNumber) => `Rücksendung #${returnNumber} ist angekommen`,
    intro: "Wir haben diese Artikel erhalten:",
    refundFollows: "Ihre Erstattung folgt; wir schicken Ihnen eine E-Mail, sobald sie veranlasst ist.",
  },
}

const fr: MailWords = {
  signature: "LACREMELUXE — le soin des pores, étape par étape",
  placed: {
    subject: (order) => `Votre commande LACREMELUXE n° ${order}`,
    title: (order) => `Merci pour votre commande n° ${order}`,
    subtotal: "Sous-total",
    discount: "Remise",
    shipping: "Livraison",
    includedVat: "Dont TVA",
    salesTax: "Taxe sur les ventes",
    total: "Total",
    shippingTo: "Adresse de livraison",
  },
  shipped: {
    subject: (order) => `Votre commande LACREMELUXE n° ${order} est en route`,
    title: (order) => `La commande n° ${order} est en route`,
    intro: "Nous avons remis votre colis au transporteur. Il contient :",
    trackingNumber: (number) => `Numéro de suivi : ${number}`,
    track: "Suivre votre colis",
  },
  delivered: {
    subject: (order) => `Votre commande LACREMELUXE n° ${order} a été livrée`,
    title: (order) => `La commande n° ${order} a été livrée`,
    intro: "Votre colis est arrivé. Il contenait :",
    returns:
      "Vous pouvez retourner les articles non ouverts dans les 14 jours suivant leur réception, sans avoir à vous justifier : lancez le retour depuis la commande dans votre compte.",
  },
  canceled: {
    subject: (order) => `Votre commande LACREMELUXE n° ${order} a été annulée`,
    title: (order) => `La commande n° ${order} a été annulée`,
    intro: (order, total) =>
      `Votre commande n° ${order} d'un montant de ${total} a été annulée et ne sera pas expédiée.`,
    payment:
      "Tout paiement retenu pour celle-ci est libéré ou remboursé sur le moyen de paiement utilisé ; votre banque peut mettre quelques jours à l'afficher.",
  },
  refund: {
    subject: (amount, order) => `Remboursement de ${amount} pour votre commande LACREMELUXE n° ${order}`,
    title: (amount) => `Nous avons remboursé ${amount}`,
    row: (order) => `Remboursement de la commande n° ${order}`,
    bank: "Le montant est reversé sur le moyen de paiement utilisé ; votre banque peut mettre quelques jours à l'afficher.",
  },
  returnRequested: {
    subject: (order) => `Votre retour pour la commande LACREMELUXE n° ${order}`,
    title: (returnNumber, order) => `Retour n° ${returnNumber} de la commande n° ${order}`,
    intro: "Merci de nous renvoyer ces articles :",
    sendTo: "À envoyer à",
    note: (order) =>
      `Glissez dans le colis un mot indiquant votre numéro de commande n° ${order}. Nous vous écrirons de nouveau à son arrivée.`,
  },
  returnReceived: {
    subject: (order) => `Nous avons reçu votre retour pour la commande LACREMELUXE n° ${order}`,
    title: (returnNumber) => `Le retour n° ${returnNumber} est arrivé`,
    intro: "Nous avons reçu ces articles :",
    refundFollows: "Votre remboursement va suivre ; nous vous enverrons un e-mail dès qu'il aura été effectué.",
  },
}

export const MAIL_WORDS: Record<Locale, MailWords> = { "en-GB": en, "de-DE": de, "fr-FR": fr }
