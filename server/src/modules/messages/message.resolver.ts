import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { pageArgs, toConnection } from "../../common/graphql/connection";
import type { Result } from "../../common/graphql/user-error";
import { Person } from "../applications/application.types";
import { actorOf } from "../auth/viewer";
import type { SupportRequestEntity, SupportStatus as Status } from "./message.entity";
import type { MessageView } from "./message.service";
import { Message, MessagePayload, SupportRequest, SupportRequestConnection, SupportRequestCreateInput, SupportRequestPayload, SupportStatus } from "./message.types";

const supportPayload = (r: Result<SupportRequestEntity>): SupportRequestPayload => (r.ok ? { supportRequest: r.value, errors: [] } : { supportRequest: null, errors: r.errors });

@Authorized()
@Resolver(() => Message)
export class MessageResolver {
  @Mutation(() => MessagePayload, { description: "Write in an application's thread (applicant side or staff). The other side is notified." })
  async applicationMessageSend(@Arg("id", () => ID) id: string, @Arg("body") body: string, @Ctx() ctx: GraphQLContext): Promise<MessagePayload> {
    const r = await ctx.services.messages.sendOnApplication(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id, body);
    return r.ok ? { message: r.value, errors: [] } : { message: null, errors: r.errors };
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who wrote it." })
  author(@Root() m: MessageView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.user.load(m.authorId);
  }
}

@Authorized()
@Resolver(() => SupportRequest)
export class SupportResolver {
  @Query(() => SupportRequestConnection, { description: "Your support requests and feedback (staff: everyone's). `first` is 1–100." })
  async supportRequests(
    @Arg("first", () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("status", () => SupportStatus, { nullable: true }) status: Status | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SupportRequestConnection> {
    const { limit, offset } = pageArgs(first, after);
    const [items, total] = await ctx.services.messages.listSupport(ctx.viewer!, status, limit, offset);
    return toConnection(items, total, offset) as SupportRequestConnection;
  }

  @Query(() => SupportRequest, { nullable: true })
  supportRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.messages.getSupport(ctx.viewer!, id);
  }

  @Mutation(() => SupportRequestPayload, { description: "Ask for help or send feedback (POL-COLLECT-COMMS)." })
  async supportRequestCreate(@Arg("input", () => SupportRequestCreateInput) input: SupportRequestCreateInput, @Ctx() ctx: GraphQLContext): Promise<SupportRequestPayload> {
    return supportPayload(await ctx.services.messages.createSupport(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), input));
  }

  @Mutation(() => SupportRequestPayload, { description: "Reply to a support request (owner or staff; staff replies are e-mailed)." })
  async supportRequestReply(@Arg("id", () => ID) id: string, @Arg("body") body: string, @Ctx() ctx: GraphQLContext): Promise<SupportRequestPayload> {
    return supportPayload(await ctx.services.messages.replySupport(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id, body));
  }

  @Mutation(() => SupportRequestPayload, { description: "Close a support request." })
  async supportRequestClose(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<SupportRequestPayload> {
    return supportPayload(await ctx.services.messages.closeSupport(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id));
  }

  @FieldResolver(() => String)
  subject(@Root() r: SupportRequestEntity, @Ctx() ctx: GraphQLContext): string {
    return ctx.services.messages.subjectOf(r);
  }

  @FieldResolver(() => [Message], { description: "The conversation, oldest first." })
  messages(@Root() r: SupportRequestEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.supportMessages.load(r.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who asked." })
  requester(@Root() r: SupportRequestEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.user.load(r.userId);
  }
}
