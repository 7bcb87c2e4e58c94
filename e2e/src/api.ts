import { Secret, TOTP } from "otpauth";

/** Minimal GraphQL calls for test set-up (the journeys themselves go through the browser). */
export async function gql<T>(base: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export const totp = (secret: string, offsetMs = 0) =>
  new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetMs });

/** Sign in a freshly created staff user and enrol TOTP through the API; returns the secret. */
export async function enrolStaffMfa(base: string, email: string, password: string): Promise<string> {
  const login = await gql<{ authLogin: { accessToken: string } }>(base, "mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken errors { code } } }", { i: { email, password } });
  const token = login.authLogin.accessToken;
  const begin = await gql<{ mfaTotpBegin: { secret: string } }>(base, "mutation { mfaTotpBegin { secret } }", {}, token);
  const secret = begin.mfaTotpBegin.secret;
  await gql(base, "mutation($c: String!) { mfaTotpConfirm(code: $c) { errors { code } } }", { c: totp(secret) }, token);
  return secret;
}
