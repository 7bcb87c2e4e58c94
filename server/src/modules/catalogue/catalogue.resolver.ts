import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { actorOf } from "../auth/viewer";
import { SETTINGS } from "../settings/settings.service";
import type { CertificationSubject as Subject } from "./certification-type.entity";
import { isUuid } from "../../common/ids";
import {
  CertificationSubject,
  CertificationType,
  CertificationTypeInput,
  CertificationTypePayload,
  ReviewSettings,
  ReviewSettingsInput,
  ReviewSettingsPayload,
  RubricCriterion,
  RubricCriterionInput,
  RubricCriterionPayload,
} from "./catalogue.types";

@Authorized()
@Resolver()
export class CatalogueResolver {
  @Query(() => [CertificationType], { description: "The certification catalogue. Applicants see active entries; admins can ask for all." })
  certificationTypes(
    @Arg("subject", () => CertificationSubject, { nullable: true }) subject: Subject | null,
    @Arg("includeInactive", { nullable: true, defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CertificationType[]> {
    const all = includeInactive && ctx.viewer!.roles.includes("ADMIN");
    return ctx.services.catalogue.listTypes({ activeOnly: !all, subject });
  }
}

@Authorized("REVIEWER", "ADMIN")
@Resolver()
export class RubricResolver {
  @Query(() => [RubricCriterion], { description: "Rubric criteria (staff)." })
  rubricCriteria(@Arg("subject", () => CertificationSubject, { nullable: true }) subject: Subject | null, @Ctx() ctx: GraphQLContext): Promise<RubricCriterion[]> {
    return ctx.services.catalogue.listCriteria(subject, !ctx.viewer!.roles.includes("ADMIN"));
  }

  @Query(() => ReviewSettings, { description: "Review workflow settings (staff)." })
  async reviewSettings(@Ctx() ctx: GraphQLContext): Promise<ReviewSettings> {
    return { secondReviewerForPrograms: await ctx.services.settings.getBoolean(SETTINGS.secondReviewerForPrograms) };
  }
}

@Authorized("ADMIN")
@Resolver()
export class CatalogueAdminResolver {
  @Mutation(() => CertificationTypePayload, { description: "Add a certification type (ADMIN)." })
  async certificationTypeCreate(@Arg("input", () => CertificationTypeInput) input: CertificationTypeInput, @Ctx() ctx: GraphQLContext): Promise<CertificationTypePayload> {
    const r = await ctx.services.catalogue.saveType(actorOf(ctx.viewer, ctx.meta.requestId), null, input);
    return r.ok ? { certificationType: r.value, errors: [] } : { certificationType: null, errors: r.errors };
  }

  @Mutation(() => CertificationTypePayload, { description: "Change a certification type, e.g. its fee or validity (ADMIN). Issued credentials keep their dates." })
  async certificationTypeUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => CertificationTypeInput) input: CertificationTypeInput, @Ctx() ctx: GraphQLContext): Promise<CertificationTypePayload> {
    if (!isUuid(id)) return { certificationType: null, errors: [{ code: "NOT_FOUND", message: "No such certification type.", field: ["id"] }] };
    const r = await ctx.services.catalogue.saveType(actorOf(ctx.viewer, ctx.meta.requestId), id, input);
    if (r.ok) ctx.services.verification.forgetReferences(); // the name verifiers see
    return r.ok ? { certificationType: r.value, errors: [] } : { certificationType: null, errors: r.errors };
  }

  @Mutation(() => RubricCriterionPayload, { description: "Add a rubric criterion (ADMIN)." })
  async rubricCriterionCreate(@Arg("input", () => RubricCriterionInput) input: RubricCriterionInput, @Ctx() ctx: GraphQLContext): Promise<RubricCriterionPayload> {
    const r = await ctx.services.catalogue.saveCriterion(actorOf(ctx.viewer, ctx.meta.requestId), null, input);
    return r.ok ? { criterion: r.value, errors: [] } : { criterion: null, errors: r.errors };
  }

  @Mutation(() => RubricCriterionPayload, { description: "Change a rubric criterion (ADMIN)." })
  async rubricCriterionUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => RubricCriterionInput) input: RubricCriterionInput, @Ctx() ctx: GraphQLContext): Promise<RubricCriterionPayload> {
    if (!isUuid(id)) return { criterion: null, errors: [{ code: "NOT_FOUND", message: "No such criterion.", field: ["id"] }] };
    const r = await ctx.services.catalogue.saveCriterion(actorOf(ctx.viewer, ctx.meta.requestId), id, input);
    return r.ok ? { criterion: r.value, errors: [] } : { criterion: null, errors: r.errors };
  }

  @Mutation(() => ReviewSettingsPayload, { description: "Change review settings (ADMIN)." })
  async reviewSettingsUpdate(@Arg("input", () => ReviewSettingsInput) input: ReviewSettingsInput, @Ctx() ctx: GraphQLContext): Promise<ReviewSettingsPayload> {
    await ctx.services.settings.setBoolean(actorOf(ctx.viewer, ctx.meta.requestId), SETTINGS.secondReviewerForPrograms, input.secondReviewerForPrograms);
    return { settings: { secondReviewerForPrograms: input.secondReviewerForPrograms }, errors: [] };
  }
}
