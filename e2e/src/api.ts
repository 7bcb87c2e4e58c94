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

type Errors = { code: string; message: string }[];

/**
 * An issued credential, made through the API the way the workflow journey makes one in the
 * browser: an applicant's program accreditation, taken and approved by a reviewer (MFA on).
 * `createUser(email, password, role)` creates an account (the admin CLI). Returns its number.
 */
export async function issueCredential(
  base: string,
  createUser: (email: string, password: string, role: "APPLICANT" | "REVIEWER") => void,
  unique: (prefix: string) => string,
): Promise<string> {
  const password = "a calm and long passphrase";
  const applicantEmail = unique("holder");
  createUser(applicantEmail, password, "APPLICANT");
  const reviewerEmail = unique("reviewer");
  createUser(reviewerEmail, password, "REVIEWER");
  const secret = await enrolStaffMfa(base, reviewerEmail, password);

  const login = async (email: string, totpCode?: string) => {
    const d = await gql<{ authLogin: { accessToken: string | null; errors: Errors } }>(
      base,
      "mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken errors { code message } } }",
      { i: { email, password, ...(totpCode ? { totpCode } : {}) } },
    );
    if (!d.authLogin.accessToken) throw new Error(`login failed: ${JSON.stringify(d.authLogin.errors)}`);
    return d.authLogin.accessToken;
  };
  const ok = async <T extends Record<string, { errors: Errors }>>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const data = await gql<T>(base, query, variables, token);
    const errors = Object.values(data).flatMap((payload) => payload.errors);
    if (errors.length) throw new Error(`GraphQL user errors: ${JSON.stringify(errors)}`);
    return data;
  };

  const applicant = await login(applicantEmail);
  const program = await ok<{ programCreate: { program: { id: string }; errors: Errors } }>(
    "mutation($input: ProgramCreateInput!) { programCreate(input: $input) { program { id } errors { code message } } }",
    {
      input: {
        title: "Safe Medication Support",
        description: "Eight weeks of supervised practice in medication support at home.",
        modules: [{ title: "Medication rounds", hours: 16, competencies: ["Reading a MAR chart"] }],
        instructors: [{ fullName: "Dr Omar Haddad", qualifications: "RN, MSc Gerontology, 15 years in memory care" }],
      },
    },
    applicant,
  );
  const created = await ok<{ applicationCreate: { application: { id: string }; errors: Errors } }>(
    "mutation($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id } errors { code message } } }",
    {
      input: {
        kind: "PROGRAM_ACCREDITATION",
        programId: program.programCreate.program.id,
        statement: "Sixteen hours of medication support; every learner is observed in practice by an instructor.",
      },
    },
    applicant,
  );
  const id = created.applicationCreate.application.id;
  await ok("mutation($id: ID!) { applicationSubmit(id: $id) { errors { code message } } }", { id }, applicant);

  // The enrolment used the current step; the next one is fresh and within the ±1 window.
  const reviewer = await login(reviewerEmail, totp(secret, 30_000));
  await ok("mutation($id: ID!) { applicationAssign(id: $id) { errors { code message } } }", { id }, reviewer);
  const decided = await ok<{ applicationDecide: { application: { credential: { number: string } | null } | null; errors: Errors } }>(
    "mutation($id: ID!, $input: ApplicationDecideInput!) { applicationDecide(id: $id, input: $input) { application { credential { number } } errors { code message } } }",
    { id, input: { decision: "APPROVE", reason: "Curriculum, instructors and assessment meet the standard." } },
    reviewer,
  );
  const number = decided.applicationDecide.application?.credential?.number;
  if (!number) throw new Error("the approval issued no credential");
  return number;
}
