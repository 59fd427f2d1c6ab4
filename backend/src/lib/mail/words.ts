/**
 * Every sentence of the store's e-mails in each language the store speaks. The e-mails of an order
 * (a refill reminder included) speak the order's language (the locale its cart was made in;
 * English when it has none); a back-in-stock alert's e-mails the language of the request that
 * created the alert; a password reset the language of the page it was asked from. Each language is
 * a `MailWords`, so a missing sentence fails the typecheck. Numbers, prices and dates are
 * formatted for the language by `Intl` (html.ts), never here.
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
  /** Double opt-in for a back-in-stock alert. */
  alertConfirmation: {
    subject: (product: string) => string
    title: string
    asked: (product: string) => string
    confirmWithin: (days: N) => string
    confirm: string
    notYou: string
  }
  backInStock: {
    subject: (product: string) => string
    title: (product: string) => string
    available: (product: string) => string
    see: string
    ended: string
  }
  refillReminder: {
    subject: string
    title: string
    estimate: string
    runsOut: (date: string) => string
    oneClick: string
    refill: string
  }
  /** Why the alert and reminder e-mails come, and the link that stops them. */
  unsubscribe: { alertReason: string; refillReminderReason: string; button: string }
  passwordReset: {
    subject: string
    title: string
    asked: string
    openWithin: string
    choose: string
    notYou: string
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
  alertConfirmation: {
    subject: (product) => `Confirm your alert: ${product}`,
    title: "Confirm your back-in-stock alert",
    asked: (product) => `Someone — we hope you — asked us to e-mail this address once ${product} is back in stock.`,
    confirmWithin: (days) =>
      `Confirm within ${days} days and we will send you one e-mail when it is back. Nothing else.`,
    confirm: "Confirm the alert",
    notYou: "If it was not you, ignore this e-mail: without confirmation you hear nothing more from us.",
  },
  backInStock: {
    subject: (product) => `Back in stock: ${product}`,
    title: (product) => `${product} is back`,
    available: (product) => `${product} can be ordered again. Stock is limited, so do not wait too long.`,
    see: "See the product",
    ended: "This was the one e-mail you asked for: your alert has now ended.",
  },
  refillReminder: {
    subject: "Time to refill your skincare",
    title: "Running low soon",
    estimate: "By our estimate (the size, the amount per use and how often your routine uses it), these run out soon:",
    runsOut: (date) => `about ${date}`,
    oneClick: "One click puts the same items in your cart; nothing is ordered until you check out.",
    refill: "Refill my cart",
  },
  unsubscribe: {
    alertReason:
      "You get this e-mail because you asked for a back-in-stock alert. Unsubscribing stops all back-in-stock alerts for this address.",
    refillReminderReason:
      "You get this e-mail because you asked for a refill reminder. Unsubscribing stops all refill reminders for this address.",
    button: "Unsubscribe",
  },
  passwordReset: {
    subject: "Reset your LACREMELUXE password",
    title: "Reset your password",
    asked: "Someone asked to reset the password of the LACREMELUXE account for this e-mail address.",
    openWithin: "To choose a new password, open this link within 15 minutes:",
    choose: "Choose a new password",
    notYou: "If it was not you, ignore this e-mail: your password stays as it is.",
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
  alertConfirmation: {
    subject: (product) => `Bestätigen Sie Ihre Benachrichtigung: ${product}`,
    title: "Bestätigen Sie Ihre Verfügbarkeitsbenachrichtigung",
    asked: (product) =>
      `Jemand – hoffentlich Sie – hat uns gebeten, dieser Adresse eine E-Mail zu schicken, sobald ${product} wieder vorrätig ist.`,
    confirmWithin: (days) =>
      `Bestätigen Sie innerhalb von ${days} Tagen, dann schicken wir Ihnen eine einzige E-Mail, sobald der Artikel wieder da ist. Sonst nichts.`,
    confirm: "Benachrichtigung bestätigen",
    notYou:
      "Falls Sie das nicht waren, ignorieren Sie diese E-Mail einfach: Ohne Bestätigung hören Sie nichts mehr von uns.",
  },
  backInStock: {
    subject: (product) => `Wieder vorrätig: ${product}`,
    title: (product) => `${product} ist wieder da`,
    available: (product) =>
      `${product} kann wieder bestellt werden. Der Vorrat ist begrenzt – warten Sie also nicht zu lange.`,
    see: "Zum Produkt",
    ended: "Das war die einzige E-Mail, um die Sie gebeten hatten: Ihre Benachrichtigung ist damit beendet.",
  },
  refillReminder: {
    subject: "Zeit, Ihre Hautpflege nachzukaufen",
    title: "Bald aufgebraucht",
    estimate:
      "Nach unserer Schätzung (Größe, Menge pro Anwendung und wie oft Ihre Routine das Produkt verwendet) sind diese Produkte bald aufgebraucht:",
    runsOut: (date) => `etwa am ${date}`,
    oneClick:
      "Ein Klick legt dieselben Artikel in Ihren Warenkorb; bestellt wird erst, wenn Sie die Bestellung abschließen.",
    refill: "Warenkorb auffüllen",
  },
  unsubscribe: {
    alertReason:
      "Sie erhalten diese E-Mail, weil Sie eine Verfügbarkeitsbenachrichtigung angefordert haben. Wenn Sie sich abmelden, enden alle Verfügbarkeitsbenachrichtigungen für diese Adresse.",
    refillReminderReason:
      "Sie erhalten diese E-Mail, weil Sie eine Nachkauf-Erinnerung angefordert haben. Wenn Sie sich abmelden, enden alle Nachkauf-Erinnerungen für diese Adresse.",
    button: "Abmelden",
  },
  passwordReset: {
    subject: "Setzen Sie Ihr LACREMELUXE-Passwort zurück",
    title: "Passwort zurücksetzen",
    asked: "Jemand hat darum gebeten, das Passwort des LACREMELUXE-Kontos für diese E-Mail-Adresse zurückzusetzen.",
    openWithin: "Um ein neues Passwort zu wählen, öffnen Sie diesen Link innerhalb von 15 Minuten:",
    choose: "Neues Passwort wählen",
    notYou: "Falls Sie das nicht waren, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.",
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
  alertConfirmation: {
    subject: (product) => `Confirmez votre alerte : ${product}`,
    title: "Confirmez votre alerte de retour en stock",
    asked: (product) =>
      `Quelqu'un — nous espérons que c'est vous — nous a demandé d'écrire à cette adresse dès que ${product} sera de nouveau en stock.`,
    confirmWithin: (days) =>
      `Confirmez dans les ${days} jours et nous vous enverrons un seul e-mail dès que le produit sera de retour. Rien d'autre.`,
    confirm: "Confirmer l'alerte",
    notYou: "Si ce n'était pas vous, ignorez cet e-mail : sans confirmation, vous n'aurez plus de nouvelles de nous.",
  },
  backInStock: {
    subject: (product) => `De retour en stock : ${product}`,
    title: (product) => `${product} est de retour`,
    available: (product) =>
      `Vous pouvez de nouveau commander ${product}. Les quantités sont limitées : n'attendez pas trop longtemps.`,
    see: "Voir le produit",
    ended: "C'était le seul e-mail que vous aviez demandé : votre alerte est maintenant terminée.",
  },
  refillReminder: {
    subject: "Il est temps de racheter vos soins",
    title: "Bientôt épuisés",
    estimate:
      "D'après notre estimation (le format, la quantité par utilisation et la fréquence à laquelle votre routine les utilise), ces produits seront bientôt épuisés :",
    runsOut: (date) => `vers le ${date}`,
    oneClick:
      "Un clic ajoute les mêmes articles à votre panier ; rien n'est commandé tant que vous n'avez pas validé votre commande.",
    refill: "Remplir mon panier",
  },
  unsubscribe: {
    alertReason:
      "Vous recevez cet e-mail parce que vous avez demandé une alerte de retour en stock. Vous désinscrire met fin à toutes les alertes de retour en stock pour cette adresse.",
    refillReminderReason:
      "Vous recevez cet e-mail parce que vous avez demandé un rappel de réapprovisionnement. Vous désinscrire met fin à tous les rappels de réapprovisionnement pour cette adresse.",
    button: "Se désinscrire",
  },
  passwordReset: {
    subject: "Réinitialisez votre mot de passe LACREMELUXE",
    title: "Réinitialiser votre mot de passe",
    asked: "Quelqu'un a demandé à réinitialiser le mot de passe du compte LACREMELUXE associé à cette adresse e-mail.",
    openWithin: "Pour choisir un nouveau mot de passe, ouvrez ce lien dans les 15 minutes :",
    choose: "Choisir un nouveau mot de passe",
    notYou: "Si ce n'était pas vous, ignorez cet e-mail : votre mot de passe reste inchangé.",
  },
}

export const MAIL_WORDS: Record<Locale, MailWords> = { "en-GB": en, "de-DE": de, "fr-FR": fr }
