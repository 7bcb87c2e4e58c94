import { queryRows } from "../../database/query";
import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import type { AuditActor, AuditService } from "../audit/audit.service";
import { isLanguageCode, LANGUAGE_CODES, type LanguageCode, type RoleName, UserEntity } from "./user.entity";
import { profileSchema, zodToUserErrors } from "./user.validation";

/** A user with personal fields decrypted: what the API shows. */
export interface UserView {
  id: string;
  email: string;
  emailVerified: boolean;
  firstName: string;
  lastName: string;
  phone: string | null;
  organizationName: string | null;
  dateOfBirth: string;
  roles: RoleName[];
  /** E-mails are written in it; the SPA applies it at sign-in when the browser has no saved choice. */
  language: LanguageCode;
  mfaEnabled: boolean;
  recoveryCodesRemaining: number;
  disabled: boolean;
  /** Erased at the person's request: only a pseudonymous stub is left (names read "[erased]"). */
  erased: boolean;
  createdAt: Date;
  lastActiveAt: Date;
}

export interface NewUser {
  email: string;
  passwordHash: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone?: string | null;
  organizationName?: string | null;
  roles: RoleName[];
  emailVerified?: boolean;
  /** Default "en". */
  language?: LanguageCode;
}

/** Columns of `users` stored as encryption envelopes (`<name>_enc`). */
type EncryptedColumn = "email" | "first_name" | "last_name" | "phone" | "date_of_birth" | "organization_name";

export class UserService {
  constructor(
    private readonly ds: DataSource,
    private readonly crypto: FieldCrypto,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  private enc(id: string, column: EncryptedColumn, value: string): string {
    return this.crypto.encrypt(aadFor("users", column, id), value);
  }

  private dec(id: string, column: EncryptedColumn, value: string): string {
    return this.crypto.decrypt(aadFor("users", column, id), value);
  }

  toView(u: UserEntity): UserView {
    const view = {
      id: u.id,
      email: this.dec(u.id, "email", u.emailEnc),
      emailVerified: u.emailVerifiedAt !== null,
      firstName: this.dec(u.id, "first_name", u.firstNameEnc),
      lastName: this.dec(u.id, "last_name", u.lastNameEnc),
      roles: u.roles,
      language: u.language,
      mfaEnabled: u.totpEnabledAt !== null,
      recoveryCodesRemaining: u.recoveryCodeHashes.length,
      disabled: u.disabledAt !== null,
      erased: u.erasedAt !== null,
      createdAt: u.createdAt,
      lastActiveAt: u.lastActiveAt,
    } as UserView;
    // Fields lists rarely show are decrypted on first read (a page of 100 people saves 300 decryptions).
    const lazy = <K extends "phone" | "organizationName" | "dateOfBirth">(key: K, read: () => UserView[K]) => {
      let value: UserView[K] | undefined;
      Object.defineProperty(view, key, { enumerable: true, get: () => (value === undefined ? (value = read()) : value) });
    };
    lazy("phone", () => (u.phoneEnc ? this.dec(u.id, "phone", u.phoneEnc) : null));
    lazy("organizationName", () => (u.organizationNameEnc ? this.dec(u.id, "organization_name", u.organizationNameEnc) : null));
    lazy("dateOfBirth", () => this.dec(u.id, "date_of_birth", u.dateOfBirthEnc));
    return view;
  }

  /** Inserts a user inside `em`; throws on a duplicate e-mail (unique blind index). */
  async insert(em: EntityManager, input: NewUser): Promise<UserEntity> {
    const id = randomUUID();
    const now = this.clock.now();
    const entity = em.create(UserEntity, {
      id,
      emailIndex: this.crypto.emailIndex(input.email),
      emailEnc: this.enc(id, "email", input.email.trim()),
      emailVerifiedAt: input.emailVerified ? now : null,
      passwordHash: input.passwordHash,
      firstNameEnc: this.enc(id, "first_name", input.firstName),
      lastNameEnc: this.enc(id, "last_name", input.lastName),
      phoneEnc: input.phone ? this.enc(id, "phone", input.phone) : null,
      dateOfBirthEnc: this.enc(id, "date_of_birth", input.dateOfBirth),
      organizationNameEnc: input.organizationName ? this.enc(id, "organization_name", input.organizationName) : null,
      roles: input.roles,
      language: input.language ?? "en",
      recoveryCodeHashes: [],
      lastActiveAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await em.insert(UserEntity, entity);
    return entity;
  }

  async emailExists(email: string, em: EntityManager = this.ds.manager): Promise<boolean> {
    return em.exists(UserEntity, { where: { emailIndex: this.crypto.emailIndex(email) } });
  }

  findByEmail(email: string, em: EntityManager = this.ds.manager): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { emailIndex: this.crypto.emailIndex(email) } });
  }

  findById(id: string, em: EntityManager = this.ds.manager): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { id } });
  }

  /** Batch load for DataLoader: one query for many ids, in the order asked. */
  async loadMany(ids: readonly string[]): Promise<(UserView | null)[]> {
    const rows = await this.ds.manager.find(UserEntity, { where: { id: In([...ids]) } });
    const byId = new Map(rows.map((r) => [r.id, this.toView(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async list(filter: { role?: RoleName | null; email?: string | null }, limit: number, offset: number) {
    const qb = this.ds.manager.createQueryBuilder(UserEntity, "u");
    if (filter.role) qb.andWhere(":role = any(u.roles)", { role: filter.role });
    if (filter.email) qb.andWhere("u.email_index = :idx", { idx: this.crypto.emailIndex(filter.email) });
    const [rows, total] = await qb.orderBy("u.created_at", "DESC").addOrderBy("u.id").skip(offset).take(limit).getManyAndCount();
    return { items: rows.map((r) => this.toView(r)), total };
  }

  async updateProfile(
    actor: AuditActor & { userId: string },
    input: { firstName: string; lastName: string; phone?: string | null; organizationName?: string | null },
  ): Promise<Result<UserView>> {
    const parsed = profileSchema.safeParse(input);
    if (!parsed.success) return fail(...zodToUserErrors(parsed.error));
    const p = parsed.data;
    return this.ds.transaction(async (em) => {
      const user = await em.findOne(UserEntity, { where: { id: actor.userId }, lock: { mode: "pessimistic_write" } });
      if (!user) return fail(userError("NOT_FOUND", "Your account no longer exists."));
      const before = this.toView(user);
      const changed = (["firstName", "lastName", "phone", "organizationName"] as const).filter((k) => (before[k] ?? null) !== (p[k] ?? null));
      user.firstNameEnc = this.enc(user.id, "first_name", p.firstName);
      user.lastNameEnc = this.enc(user.id, "last_name", p.lastName);
      user.phoneEnc = p.phone ? this.enc(user.id, "phone", p.phone) : null;
      user.organizationNameEnc = p.organizationName ? this.enc(user.id, "organization_name", p.organizationName) : null;
      user.updatedAt = this.clock.now();
      await em.save(user);
      await this.audit.record(em, actor, { action: "user.profile_updated", targetType: "user", targetId: user.id, metadata: { fields: changed } });
      return ok(this.toView(user));
    });
  }

  /** The signed-in person's language (e-mails follow it). Audited with the new value only. */
  async updateLanguage(actor: AuditActor & { userId: string }, language: string): Promise<Result<UserView>> {
    if (!isLanguageCode(language)) return fail(userError("INVALID", `Choose one of: ${LANGUAGE_CODES.join(", ")}.`, "language"));
    return this.ds.transaction(async (em) => {
      const user = await em.findOne(UserEntity, { where: { id: actor.userId }, lock: { mode: "pessimistic_write" } });
      if (!user || user.erasedAt) return fail(userError("NOT_FOUND", "Your account no longer exists."));
      if (user.language !== language) {
        const before = user.language;
        user.language = language;
        user.updatedAt = this.clock.now();
        await em.save(user);
        await this.audit.record(em, actor, { action: "user.language_updated", targetType: "user", targetId: user.id, metadata: { before, after: language } });
      }
      return ok(this.toView(user));
    });
  }

  async updateRoles(actor: AuditActor, userId: string, roles: RoleName[]): Promise<Result<UserView>> {
    if (roles.length === 0) return fail(userError("INVALID", "Give the user at least one role.", "roles"));
    return this.ds.transaction(async (em) => {
      const user = await em.findOne(UserEntity, { where: { id: userId }, lock: { mode: "pessimistic_write" } });
      if (!user) return fail(userError("NOT_FOUND", "No such user.", "id"));
      const before = user.roles;
      user.roles = [...new Set(roles)];
      user.updatedAt = this.clock.now();
      await em.save(user);
      await this.audit.record(em, actor, { action: "user.roles_updated", targetType: "user", targetId: user.id, metadata: { before, after: user.roles } });
      return ok(this.toView(user));
    });
  }

  /**
   * Disable or re-enable an account (ADMIN). Disabling signs the person out everywhere at once: their
   * sessions are revoked, and the session check refuses a disabled account on the very next request.
   */
  async setDisabled(actor: AuditActor & { userId: string | null }, userId: string, disabled: boolean, reason: string | null): Promise<Result<UserView>> {
    if (disabled && !reason) return fail(userError("REASON_REQUIRED", "Choose why the account is disabled.", "reason"));
    if (actor.userId === userId) return fail(userError("CANNOT_DISABLE_SELF", "You cannot disable your own account.", "id"));
    return this.ds.transaction(async (em) => {
      const user = await em.findOne(UserEntity, { where: { id: userId }, lock: { mode: "pessimistic_write" } });
      if (!user || user.erasedAt) return fail(userError("NOT_FOUND", "No such user.", "id"));
      const now = this.clock.now();
      if (disabled === (user.disabledAt !== null)) return fail(userError(disabled ? "ALREADY_DISABLED" : "NOT_DISABLED", disabled ? "This account is already disabled." : "This account is not disabled."));
      user.disabledAt = disabled ? now : null;
      user.updatedAt = now;
      await em.save(user);
      let sessions = 0;
      if (disabled) {
        const rows = await queryRows(em, "update sessions set revoked_at = $2, revoke_reason = 'DISABLED' where user_id = $1 and revoked_at is null returning 1 as x", [user.id, now]);
        sessions = rows.length;
      }
      await this.audit.record(em, actor, { action: disabled ? "user.disabled" : "user.enabled", targetType: "user", targetId: user.id, metadata: { sessionsRevoked: sessions, ...(disabled ? { reason } : {}) } });
      return ok(this.toView(user));
    });
  }
}
