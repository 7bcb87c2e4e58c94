import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { randomToken, sha256Hex } from "../../common/crypto/tokens";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import type { AuditActor, AuditService } from "../audit/audit.service";
import type { Viewer } from "../auth/viewer";
import type { MailService } from "../mail/mail.service";
import { mailTemplates } from "../mail/mail.templates";
import { type LanguageCode, UserEntity } from "../users/user.entity";
import { emailSchema } from "../users/user.validation";
import { InvitationEntity } from "./invitation.entity";
import { OrganizationEntity, OrganizationMemberEntity, type OrganizationRole } from "./organization.entity";
import { isUuid } from "../../common/ids";

const INVITE_TTL_MS = 7 * 24 * 3600_000;

/** A pending invitation with its address decrypted, for the organization's owners. */
export interface InvitationView {
  id: string;
  email: string;
  role: OrganizationRole;
  invitedAt: Date;
  expiresAt: Date;
}

export interface MemberView {
  userId: string;
  role: OrganizationRole;
  firstName: string;
  lastName: string;
  email: string;
  joinedAt: Date;
}

/** Invitations into organizations and membership management (owners only). */
export class InvitationService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly publicUrl: () => string,
  ) {}

  async invite(viewer: Viewer, actor: AuditActor, organizationId: string, input: { email: string; role: OrganizationRole }): Promise<Result<InvitationEntity>> {
    const email = emailSchema.safeParse(input.email);
    if (!email.success) return fail(userError("INVALID", email.error.issues[0].message, "email"));
    if (!isUuid(organizationId)) return fail(userError("NOT_FOUND", "No such organization.", "organizationId"));
    return this.ds.transaction(async (em) => {
      const me = await em.findOne(OrganizationMemberEntity, { where: { organizationId, userId: viewer.userId } });
      if (!me) return fail(userError("NOT_FOUND", "No such organization.", "organizationId"));
      if (me.role !== "OWNER") return fail(userError("NOT_OWNER", "Only owners can invite people.", "organizationId"));
      const index = this.crypto.emailIndex(email.data);
      const already: { n: string }[] = await em.query(
        "select count(*) n from organization_members m join users u on u.id = m.user_id where m.organization_id = $1 and u.email_index = $2",
        [organizationId, index],
      );
      if (Number(already[0].n) > 0) return fail(userError("ALREADY_MEMBER", "This person is already a member.", "email"));
      const org = await em.findOneOrFail(OrganizationEntity, { where: { id: organizationId } });
      const token = randomToken(32);
      const id = randomUUID();
      const now = this.clock.now();
      const inv = em.create(InvitationEntity, {
        id,
        organizationId,
        emailIndex: index,
        emailEnc: this.crypto.encrypt(aadFor("organization_invitations", "email", id), email.data),
        role: input.role,
        tokenHash: sha256Hex(token),
        invitedBy: viewer.userId,
        expiresAt: new Date(now.getTime() + INVITE_TTL_MS),
        acceptedAt: null,
        revokedAt: null,
        createdAt: now,
      });
      await em.insert(InvitationEntity, inv);
      // In the invitee's language when they have an account, else in the inviter's (who likely shares it).
      const languages: { language: LanguageCode }[] = await em.query(
        "select language from users where (email_index = $1 and erased_at is null) or id = $2 order by (id = $2) limit 1",
        [index, viewer.userId],
      );
      await this.mail.enqueue(em, {
        userId: null,
        to: email.data,
        template: "organizationInvitation",
        category: "ESSENTIAL",
        content: mailTemplates.invitation(languages[0]?.language ?? "en", { organization: org.name, url: `${this.publicUrl()}/app/invitations/accept?token=${encodeURIComponent(token)}` }),
      });
      await this.audit.record(em, actor, { action: "organization.invited", targetType: "organization", targetId: organizationId, metadata: { invitationId: id, role: input.role } });
      return ok(inv);
    });
  }

  /** Accept with the e-mailed token; the invitation must be for the signed-in person's address. */
  async accept(viewer: Viewer, actor: AuditActor, token: string): Promise<Result<OrganizationEntity>> {
    const invalid = fail<OrganizationEntity>(userError("TOKEN_INVALID", "This invitation has expired, was used already, or is for another e-mail address.", "token"));
    if (typeof token !== "string" || token.length < 20 || token.length > 100) return invalid;
    return this.ds.transaction(async (em) => {
      const inv = await em.findOne(InvitationEntity, { where: { tokenHash: sha256Hex(token) }, lock: { mode: "pessimistic_write" } });
      const user = await em.findOneOrFail(UserEntity, { where: { id: viewer.userId } });
      if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt <= this.clock.now() || inv.emailIndex !== user.emailIndex) return invalid;
      inv.acceptedAt = this.clock.now();
      await em.save(inv);
      await em.query("insert into organization_members (id, organization_id, user_id, role, created_at) values ($1, $2, $3, $4, $5) on conflict do nothing", [
        randomUUID(),
        inv.organizationId,
        viewer.userId,
        inv.role,
        this.clock.now(),
      ]);
      await this.audit.record(em, actor, { action: "organization.joined", targetType: "organization", targetId: inv.organizationId, metadata: { invitationId: inv.id } });
      return ok(await em.findOneOrFail(OrganizationEntity, { where: { id: inv.organizationId } }));
    });
  }

  async members(viewer: Viewer, organizationId: string): Promise<MemberView[] | null> {
    if (!isUuid(organizationId)) return null;
    const me = await this.ds.manager.findOne(OrganizationMemberEntity, { where: { organizationId, userId: viewer.userId } });
    if (!me) return null;
    const rows: { user_id: string; role: OrganizationRole; created_at: Date; email_enc: string; first_name_enc: string; last_name_enc: string }[] = await this.ds.query(
      "select m.user_id, m.role, m.created_at, u.email_enc, u.first_name_enc, u.last_name_enc from organization_members m join users u on u.id = m.user_id where m.organization_id = $1 order by m.created_at",
      [organizationId],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      role: r.role,
      joinedAt: r.created_at,
      email: this.crypto.decrypt(aadFor("users", "email", r.user_id), r.email_enc),
      firstName: this.crypto.decrypt(aadFor("users", "first_name", r.user_id), r.first_name_enc),
      lastName: this.crypto.decrypt(aadFor("users", "last_name", r.user_id), r.last_name_enc),
    }));
  }

  private toInvitationView(inv: InvitationEntity): InvitationView {
    return { id: inv.id, email: this.crypto.decrypt(aadFor("organization_invitations", "email", inv.id), inv.emailEnc), role: inv.role, invitedAt: inv.createdAt, expiresAt: inv.expiresAt };
  }

  /** Invitations still waiting for an answer, oldest first; null unless the viewer owns the organization. */
  async pending(viewer: Viewer, organizationId: string): Promise<InvitationView[] | null> {
    if (!isUuid(organizationId)) return null;
    const me = await this.ds.manager.findOne(OrganizationMemberEntity, { where: { organizationId, userId: viewer.userId } });
    if (me?.role !== "OWNER") return null;
    const rows = await this.ds.manager
      .createQueryBuilder(InvitationEntity, "i")
      .where("i.organization_id = :organizationId and i.accepted_at is null and i.revoked_at is null and i.expires_at > :now", { organizationId, now: this.clock.now() })
      .orderBy("i.created_at", "ASC")
      .addOrderBy("i.id", "ASC")
      .getMany();
    return rows.map((r) => this.toInvitationView(r));
  }

  /** An owner withdraws an invitation that is still pending; its link stops working at once. */
  async cancel(viewer: Viewer, actor: AuditActor, invitationId: string): Promise<Result<InvitationView>> {
    const notFound = fail<InvitationView>(userError("NOT_FOUND", "No such invitation.", "id"));
    if (!isUuid(invitationId)) return notFound;
    return this.ds.transaction(async (em) => {
      const inv = await em.findOne(InvitationEntity, { where: { id: invitationId }, lock: { mode: "pessimistic_write" } });
      if (!inv) return notFound;
      const me = await em.findOne(OrganizationMemberEntity, { where: { organizationId: inv.organizationId, userId: viewer.userId } });
      // Outsiders learn nothing about other organizations' invitations.
      if (!me) return notFound;
      if (me.role !== "OWNER") return fail(userError("NOT_OWNER", "Only owners can cancel invitations.", "id"));
      if (inv.acceptedAt || inv.revokedAt || inv.expiresAt <= this.clock.now()) {
        const why = inv.acceptedAt ? "was accepted" : inv.revokedAt ? "was cancelled" : "has expired";
        return fail(userError("NOT_PENDING", `This invitation ${why} already.`, "id"));
      }
      inv.revokedAt = this.clock.now();
      await em.save(inv);
      await this.audit.record(em, actor, { action: "organization.invitation_cancelled", targetType: "organization", targetId: inv.organizationId, metadata: { invitationId: inv.id } });
      return ok(this.toInvitationView(inv));
    });
  }

  async removeMember(viewer: Viewer, actor: AuditActor, organizationId: string, userId: string): Promise<Result<true>> {
    if (!isUuid(organizationId) || !isUuid(userId)) return fail(userError("NOT_FOUND", "No such member."));
    return this.ds.transaction(async (em) => {
      // Serialise membership changes of one organization, so two owners cannot remove each other at once.
      await em.query("select id from organizations where id = $1 for update", [organizationId]);
      const me = await em.findOne(OrganizationMemberEntity, { where: { organizationId, userId: viewer.userId } });
      if (!me) return fail(userError("NOT_FOUND", "No such organization.", "organizationId"));
      if (me.role !== "OWNER" && userId !== viewer.userId) return fail(userError("NOT_OWNER", "Only owners can remove other members."));
      const owners: { n: string }[] = await em.query("select count(*) n from organization_members where organization_id = $1 and role = 'OWNER' and user_id <> $2", [organizationId, userId]);
      const target = await em.findOne(OrganizationMemberEntity, { where: { organizationId, userId } });
      if (!target) return fail(userError("NOT_FOUND", "No such member.", "userId"));
      if (target.role === "OWNER" && Number(owners[0].n) === 0) return fail(userError("LAST_OWNER", "An organization needs at least one owner."));
      await em.delete(OrganizationMemberEntity, { id: target.id });
      await this.audit.record(em, actor, { action: "organization.member_removed", targetType: "organization", targetId: organizationId, metadata: { userId } });
      return ok(true);
    });
  }
}
