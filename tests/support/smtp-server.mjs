// A real SMTP server for the test run (smtp-server), started in the harness process on a free port.
// The backend's SMTP provider sends to it with the credentials in SMTP_URL; every message is parsed
// with mailparser and listed, for the test processes, by a small HTTP endpoint on loopback:
//   GET  /messages   → [{ to, from, subject, text, html, date, messageId }]
//   POST /control    { refuse?: "<domain>" | null, down?: boolean }
// `refuse` answers 550 to recipients at that domain (e.g. "refused.test"); `down` answers 421 to
// every connection, as a server that is unavailable does.
import http from "node:http"
import { SMTPServer } from "smtp-server"
import { simpleParser } from "mailparser"

export function createSmtpServer({ user = "lacremeluxe", password = "smtp-test-password" } = {}) {
  const messages = []
  const state = { refuse: null, down: false }

  const smtp = new SMTPServer({
    // Plain SMTP on loopback: nodemailer would upgrade with STARTTLS, for which the run has no certificate.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    logger: false,
    onConnect(_session, callback) {
      if (state.down) {
        const error = new Error("Service not available, closing transmission channel")
        error.responseCode = 421
        return callback(error)
      }
      callback()
    },
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) {
        return callback(null, { user })
      }
      callback(new Error("Invalid username or password"))
    },
    onRcptTo(address, _session, callback) {
      if (state.refuse && address.address.toLowerCase().endsWith(`@${state.refuse}`)) {
        const error = new Error(`Mailbox unavailable: ${address.address}`)
        error.responseCode = 550
        return callback(error)
      }
      callback()
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            date: new Date().toISOString(),
            messageId: parsed.messageId ?? "",
            headers: { "x-template": parsed.headers.get("x-template") ?? null },
          })
          callback()
        })
        .catch(callback)
    },
  })

  const api = http.createServer((req, res) => {
    const answer = (status, body) => {
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(body))
    }
    if (req.method === "GET" && req.url === "/messages") {
      return answer(200, messages)
    }
    if (req.method === "POST" && req.url === "/control") {
      let body = ""
      req.on("data", (chunk) => (body += chunk))
      req.on("end", () => {
        try {
          const change = JSON.parse(body || "{}")
          if ("refuse" in change) state.refuse = change.refuse ? String(change.refuse).toLowerCase() : null
          if ("down" in change) state.down = Boolean(change.down)
          answer(200, state)
        } catch {
          answer(400, { message: "The body must be JSON." })
        }
      })
      return
    }
    answer(404, { message: "GET /messages or POST /control" })
  })

  const listen = (server, port) =>
    new Promise((resolve, reject) => {
      server.once("error", reject)
      server.listen(port, "127.0.0.1", () => resolve(server.address().port))
    })

  return {
    messages,
    /** Starts both servers; resolves to SMTP_URL (with the credentials) and the HTTP endpoint's URL. */
    async listen() {
      const smtpPort = await listen(smtp.server, 0)
      const httpPort = await listen(api, 0)
      return {
        smtpUrl: `smtp://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${smtpPort}`,
        httpUrl: `http://127.0.0.1:${httpPort}`,
      }
    },
    close() {
      return Promise.all([
        new Promise((resolve) => smtp.close(() => resolve())),
        new Promise((resolve) => api.close(() => resolve())),
      ])
    },
  }
}
