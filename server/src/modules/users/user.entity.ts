import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from "typeorm";

export const ROLES = ["APPLICANT", "REVIEWER", "ADMIN"] as const;
export type RoleName = (typeof ROLES)[number];
export const STAFF_ROLES: readonly RoleName[] = ["REVIEWER", "ADMIN"];

import type { LanguageCode } from "../../common/i18n/languages";

export { LANGUAGE_CODES, type LanguageCode, isLanguageCode } from "../../common/i18n/languages";

/**
 * An account. Personal fields are stored as field-encryption envelopes (`*_enc`, AAD
 * `users.<column>.<id>`); e-mail is found through a keyed blind index, never in clear.
 */
@Entity({ name: "users" })
export class UserEntity {
  /** Assigned by the application before insert so encrypted fields can bind to it. */
  @PrimaryColumn("uuid")
  id: string;

  @Index("uq_users_email_index", { unique: true })
  @Column("text")
  emailIndex: string;

  @Column("text")
  emailEnc: string;

  @Column("timestamptz", { nullable: true })
  emailVerifiedAt: Date | null;

  @Column("text")
  passwordHash: string;

  @Column("text")
  firstNameEnc: string;

  @Column("text")
  lastNameEnc: string;

  @Column("text", { nullable: true })
  phoneEnc: string | null;

  @Column("text")
  dateOfBirthEnc: string;

  @Column("text", { nullable: true })
  organizationNameEnc: string | null;

  @Column("text", { array: true, default: () => "'{APPLICANT}'" })
  roles: RoleName[];

  /** The person's language ("en" | "es"): e-mails are written in it; the SPA applies it at sign-in. */
  @Column("text", { default: "en" })
  language: LanguageCode;

  @Column("text", { nullable: true })
  totpSecretEnc: string | null;

  @Column("text", { nullable: true })
  totpPendingSecretEnc: string | null;

  @Column("timestamptz", { nullable: true })
  totpEnabledAt: Date | null;

  /** Last accepted TOTP time step, so each step is usable once. */
  @Column("bigint", { nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  totpLastStep: number | null;

  @Column("text", { array: true, default: () => "'{}'" })
  recoveryCodeHashes: string[];

  @Column("timestamptz", { nullable: true })
  disabledAt: Date | null;

  /** Set when the account was erased at the person's request (a pseudonymous stub stays for retained records). */
  @Column("timestamptz", { nullable: true })
  erasedAt: Date | null;

  /** Drives the POL-RETAIN-ACCOUNT clock. */
  @Column("timestamptz")
  lastActiveAt: Date;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}
