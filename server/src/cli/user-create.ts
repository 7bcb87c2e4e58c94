import { parseArgs } from "node:util";
import { openDatabase, prepareDatabase } from "../app/bootstrap";
import { loadConfig } from "../app/config";
import { createServices } from "../app/services.factory";
import { systemClock } from "../common/clock";
import { createLogger } from "../common/logger";
import { isAdult, parseLocalDate } from "../modules/auth/age.rules";
import { checkPassword, hashPassword, passwordProblemMessage } from "../modules/auth/password";
import { ROLES, type RoleName } from "../modules/users/user.entity";
import { emailSchema, nameSchema } from "../modules/users/user.validation";

/**
 * `pnpm cli user:create …` — creates a verified user with the given role. Works whether or not
 * `pnpm start` is running: it reuses a running embedded PostgreSQL.
 */
export async function createUserCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: "string" },
      password: { type: "string" },
      role: { type: "string", default: "APPLICANT" },
      "first-name": { type: "string" },
      "last-name": { type: "string" },
      "date-of-birth": { type: "string" },
      phone: { type: "string" },
    },
  });
  const problems: string[] = [];
  const email = emailSchema.safeParse(values.email ?? "");
  if (!email.success) problems.push(`--email: ${email.error.issues[0].message}`);
  const pw = values.password ?? "";
  const pwProblem = checkPassword(pw);
  if (pwProblem) problems.push(`--password: ${passwordProblemMessage(pwProblem)}`);
  const role = (values.role ?? "").toUpperCase();
  if (!ROLES.includes(role as RoleName)) problems.push(`--role: one of ${ROLES.join(", ")}`);
  const first = nameSchema("first name").safeParse(values["first-name"] ?? "");
  if (!first.success) problems.push(`--first-name: ${first.error.issues[0].message}`);
  const last = nameSchema("last name").safeParse(values["last-name"] ?? "");
  if (!last.success) problems.push(`--last-name: ${last.error.issues[0].message}`);
  const dob = values["date-of-birth"] ?? "";
  const birth = parseLocalDate(dob);
  if (!birth) problems.push("--date-of-birth: YYYY-MM-DD");
  else if (!isAdult(birth, systemClock.now())) problems.push("--date-of-birth: users must be 18 or older (POL-CHILD-18)");
  if (problems.length) {
    process.stderr.write(`Cannot create the user:\n${problems.map((p) => `  ${p}`).join("\n")}\n`);
    return 2;
  }

  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn", { stderr: true });
  const db = await openDatabase(config, logger, { owner: false });
  try {
    const ds = await prepareDatabase(db.url, logger);
    try {
      const services = createServices({ config, clock: systemClock, logger, ds, databaseUrl: db.url });
      if (await services.users.emailExists(email.data!)) {
        process.stderr.write("A user with this e-mail address already exists.\n");
        return 3;
      }
      const passwordHash = await hashPassword(pw);
      const user = await ds.transaction(async (em) => {
        const u = await services.users.insert(em, {
          email: email.data!,
          passwordHash,
          firstName: first.data!,
          lastName: last.data!,
          dateOfBirth: dob,
          phone: values.phone ?? null,
          roles: [role as RoleName],
          emailVerified: true,
        });
        await services.audit.record(em, { type: "SYSTEM", userId: null, requestId: null }, { action: "user.created_by_cli", targetType: "user", targetId: u.id, metadata: { roles: [role] } });
        return u;
      });
      process.stdout.write(`${user.id}\n`);
      return 0;
    } finally {
      await ds.destroy();
    }
  } finally {
    await db.stop();
  }
}
