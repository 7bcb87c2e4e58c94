import { randomBytes } from "node:crypto";
import { hashPassword } from "../modules/auth/password";
import { totpFor } from "../modules/auth/totp";
import type { RoleName } from "../modules/users/user.entity";
import type { GraphQLTestClient } from "./graphql-client";
import type { TestApp } from "./test-app";

export const PASSWORD = "correct horse battery staple";

export const REGISTER = `mutation Register($input: AuthRegisterInput!) {
  authRegister(input: $input) { accessToken errors { code field message } user { id email firstName lastName roles emailVerified mfaEnabled } }
}`;

export const LOGIN = `mutation Login($input: AuthLoginInput!) {
  authLogin(input: $input) { accessToken errors { code field message } user { id email roles mfaEnabled } }
}`;

export const VIEWER = `{ viewer { id email firstName lastName phone organizationName dateOfBirth roles mfaEnabled emailVerified recoveryCodesRemaining pendingPolicyVersions { id } } }`;

export const uniqueEmail = (prefix = "user") => `${prefix}.${randomBytes(4).toString("hex")}@example.org`;

export async function currentPolicyIds(client: GraphQLTestClient): Promise<string[]> {
  const d = await client.ok<{ currentPolicyVersions: { id: string }[] }>("{ currentPolicyVersions { id } }");
  return d.currentPolicyVersions.map((p) => p.id);
}

export interface RegisterOverrides {
  email?: string;
  password?: string;
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  phone?: string | null;
  organizationName?: string | null;
  acceptedPolicyVersionIds?: string[];
  timeZone?: string | null;
  language?: "EN" | "ES" | null;
}

export async function registerInput(client: GraphQLTestClient, o: RegisterOverrides = {}) {
  return {
    email: o.email ?? uniqueEmail(),
    password: o.password ?? PASSWORD,
    firstName: o.firstName ?? "Amara",
    lastName: o.lastName ?? "Okafor",
    dateOfBirth: o.dateOfBirth ?? "1988-04-12",
    phone: o.phone === undefined ? "+1 555 0100" : o.phone,
    organizationName: o.organizationName === undefined ? "Sunrise Home Care" : o.organizationName,
    acceptedPolicyVersionIds: o.acceptedPolicyVersionIds ?? (await currentPolicyIds(client)),
    timeZone: o.timeZone,
    language: o.language,
  };
}

type AuthResult = { accessToken: string | null; errors: { code: string; field: string[] | null; message: string }[]; user: { id: string; email: string } | null };

/** Register through the API; the client keeps the token and refresh cookie. */
export async function registerUser(app: TestApp, o: RegisterOverrides = {}) {
  const client = app.client();
  const input = await registerInput(client, o);
  const d = await client.ok<{ authRegister: AuthResult }>(REGISTER, { input });
  if (d.authRegister.errors.length) throw new Error(`register failed: ${JSON.stringify(d.authRegister.errors)}`);
  client.token = d.authRegister.accessToken;
  return { client, input, user: d.authRegister.user! };
}

/** Create a user straight in the database (like `pnpm cli user:create`), optionally with MFA on. */
export async function createUser(app: TestApp, o: { role?: RoleName; email?: string; mfa?: boolean } = {}) {
  const services = app.server.services;
  const email = o.email ?? uniqueEmail(o.role?.toLowerCase() ?? "user");
  const passwordHash = await hashPassword(PASSWORD);
  const entity = await services.ds.transaction((em) =>
    services.users.insert(em, { email, passwordHash, firstName: "Staff", lastName: "Member", dateOfBirth: "1980-01-01", roles: [o.role ?? "APPLICANT"], emailVerified: true }),
  );
  let secret: string | null = null;
  if (o.mfa) {
    const client = app.client();
    await signIn(app, client, email);
    const begin = await client.ok<{ mfaTotpBegin: { secret: string } }>("mutation { mfaTotpBegin { secret errors { code } } }");
    secret = begin.mfaTotpBegin.secret;
    const code = totpFor(secret).generate({ timestamp: app.clock.now().getTime() });
    const confirm = await client.ok<{ mfaTotpConfirm: { errors: unknown[] } }>("mutation($c: String!) { mfaTotpConfirm(code: $c) { recoveryCodes errors { code } } }", { c: code });
    if (confirm.mfaTotpConfirm.errors.length) throw new Error("MFA enrolment failed");
    app.clock.advance(60_000); // the next sign-in needs a fresh TOTP step
  }
  return { id: entity.id, email, secret };
}

/** Sign in a client (with a TOTP code when a secret is given). */
export async function signIn(app: TestApp, client: GraphQLTestClient, email: string, secret?: string | null) {
  const input: Record<string, string> = { email, password: PASSWORD };
  if (secret) input.totpCode = totpFor(secret).generate({ timestamp: app.clock.now().getTime() });
  const d = await client.ok<{ authLogin: AuthResult }>(LOGIN, { input });
  if (d.authLogin.errors.length) throw new Error(`login failed: ${JSON.stringify(d.authLogin.errors)}`);
  client.token = d.authLogin.accessToken;
  return d.authLogin;
}

export const tokenFromMail = (text: string) => /token=([A-Za-z0-9_%-]+)/.exec(text)?.[1] ?? null;

/** A staff member (REVIEWER or ADMIN, MFA on) signed in on a fresh client: the set-up most staff tests start with. */
export async function signedInStaff(app: TestApp, role: "ADMIN" | "REVIEWER" = "ADMIN"): Promise<{ client: GraphQLTestClient; user: { id: string; email: string; secret: string | null } }> {
  const user = await createUser(app, { role, mfa: true });
  const client = app.client();
  await signIn(app, client, user.email, user.secret);
  return { client, user };
}
