// What the storefront's server needs from its environment before it serves, checked at start by
// server.mjs so that a misconfigured store refuses with a sentence instead of misbehaving later.

const MIN_SECRET_LENGTH = 32

/** The problems with `env`, as sentences; none means the storefront may start. */
export function environmentProblems(env) {
  const problems = []
  const secret = env.CLIENT_IP_SECRET?.trim() ?? ""
  if (!secret) {
    // Without it every shopper would count as the storefront's one address in the backend's rate
    // limits, and a few guesses by anyone would lock everybody out of logging in.
    problems.push(
      "CLIENT_IP_SECRET is not set. Set it to the backend's CLIENT_IP_SECRET (a long random value, e.g. `openssl rand -hex 32`): with it the storefront vouches for each shopper's address."
    )
  } else if (secret.length < MIN_SECRET_LENGTH) {
    problems.push(`CLIENT_IP_SECRET is shorter than ${MIN_SECRET_LENGTH} characters; use a long random value.`)
  } else if (secret === env.REVALIDATE_SECRET?.trim()) {
    problems.push("CLIENT_IP_SECRET must differ from REVALIDATE_SECRET: each secret opens one door only.")
  }
  return problems
}
