import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { pageArgs, toConnection } from "../../common/graphql/connection";
import { actorOf } from "../auth/viewer";
import {
  InvitationAcceptPayload,
  OrganizationInvitation,
  OrganizationInvitationCancelPayload,
  OrganizationInviteInput,
  OrganizationInvitePayload,
  OrganizationMember,
  OrganizationMemberRemovePayload,
} from "./invitation.types";
import { Organization, OrganizationConnection, OrganizationCreateInput, OrganizationPayload, OrganizationsFilter } from "./organization.types";

@Authorized()
@Resolver()
export class OrganizationResolver {
  @Query(() => [Organization], { description: "Organizations you belong to." })
  organizations(@Ctx() ctx: GraphQLContext): Promise<Organization[]> {
    return ctx.services.organizations.listForUser(ctx.viewer!.userId);
  }

  @Mutation(() => OrganizationPayload, { description: "Create a training-provider organization; you become its owner." })
  async organizationCreate(@Arg("input", () => OrganizationCreateInput) input: OrganizationCreateInput, @Ctx() ctx: GraphQLContext): Promise<OrganizationPayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    const r = await ctx.services.organizations.createFromInput(actor, input);
    return r.ok ? { organization: { ...r.value, viewerRole: "OWNER" }, errors: [] } : { organization: null, errors: r.errors };
  }

  @Query(() => [OrganizationMember], { nullable: true, description: "Members of an organization you belong to (null otherwise)." })
  organizationMembers(@Arg("organizationId", () => ID) organizationId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.invitations.members(ctx.viewer!, organizationId);
  }

  @Mutation(() => OrganizationInvitePayload, { description: "Invite a colleague by e-mail (owners). Codes: NOT_OWNER, ALREADY_MEMBER, INVALID." })
  async organizationInvite(@Arg("organizationId", () => ID) organizationId: string, @Arg("input", () => OrganizationInviteInput) input: OrganizationInviteInput, @Ctx() ctx: GraphQLContext): Promise<OrganizationInvitePayload> {
    const r = await ctx.services.invitations.invite(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), organizationId, input);
    return r.ok ? { expiresAt: r.value.expiresAt, errors: [] } : { expiresAt: null, errors: r.errors };
  }

  @Query(() => [OrganizationInvitation], {
    nullable: true,
    description: "Pending invitations of an organization you own, oldest first (null unless you are an owner). Accepted, cancelled and expired ones are left out.",
  })
  organizationInvitations(@Arg("organizationId", () => ID, { description: "The organization." }) organizationId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.invitations.pending(ctx.viewer!, organizationId);
  }

  @Mutation(() => OrganizationInvitationCancelPayload, { description: "Cancel a pending invitation (owners); its link stops working at once. Codes: NOT_FOUND, NOT_OWNER, NOT_PENDING." })
  async organizationInvitationCancel(@Arg("id", () => ID, { description: "The invitation." }) id: string, @Ctx() ctx: GraphQLContext): Promise<OrganizationInvitationCancelPayload> {
    const r = await ctx.services.invitations.cancel(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id);
    return r.ok ? { invitation: r.value, errors: [] } : { invitation: null, errors: r.errors };
  }

  @Mutation(() => InvitationAcceptPayload, { description: "Join an organization with the e-mailed token (it must be for your e-mail address). Code TOKEN_INVALID." })
  async organizationInvitationAccept(@Arg("token") token: string, @Ctx() ctx: GraphQLContext): Promise<InvitationAcceptPayload> {
    const r = await ctx.services.invitations.accept(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), token);
    return r.ok ? { organization: r.value, errors: [] } : { organization: null, errors: r.errors };
  }

  @Mutation(() => OrganizationMemberRemovePayload, { description: "Remove a member (owners), or leave (yourself). Codes: NOT_OWNER, LAST_OWNER." })
  async organizationMemberRemove(@Arg("organizationId", () => ID) organizationId: string, @Arg("userId", () => ID) userId: string, @Ctx() ctx: GraphQLContext): Promise<OrganizationMemberRemovePayload> {
    const r = await ctx.services.invitations.removeMember(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), organizationId, userId);
    return r.ok ? { ok: true, errors: [] } : { ok: false, errors: r.errors };
  }
}

/** Staff view of every organization (legal holds, support). */
@Authorized("ADMIN")
@Resolver()
export class OrganizationAdminResolver {
  @Query(() => OrganizationConnection, {
    description: "Every organization, sorted by name, optionally narrowed by part of the name (ADMIN). `first` is 1–100 (default 25). Named apart from `organizations`, which lists the viewer's own.",
  })
  async allOrganizations(
    @Arg("first", () => Int, { nullable: true, defaultValue: 25, description: "Page size, 1–100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page." }) after: string | null,
    @Arg("filter", () => OrganizationsFilter, { nullable: true, description: "Narrow the list, e.g. by name." }) filter: OrganizationsFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationConnection> {
    const { limit, offset } = pageArgs(first, after);
    const { items, total } = await ctx.services.organizations.list(filter ?? {}, limit, offset);
    return toConnection(items as Organization[], total, offset) as OrganizationConnection;
  }
}
