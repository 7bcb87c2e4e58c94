import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { pageArgs, toConnection } from "../../common/graphql/connection";
import { Notification, NotificationConnection, NotificationsMarkReadPayload } from "./notification.types";
import { translateMessage } from "../../common/i18n/messages";
import { isUuid } from "../../common/ids";

@Authorized()
@Resolver()
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "Your notifications, newest first. `first` is 1–100." })
  async notifications(
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("unreadOnly", { nullable: true, defaultValue: false }) unreadOnly: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<NotificationConnection> {
    const { limit, offset } = pageArgs(first, after);
    const [items, total] = await ctx.services.notifications.list(ctx.viewer!.userId, limit, offset, unreadOnly);
    const unreadCount = await ctx.services.notifications.unreadCount(ctx.viewer!.userId);
    return { ...toConnection(items, total, offset), unreadCount } as NotificationConnection;
  }

  @Mutation(() => NotificationsMarkReadPayload, { description: "Mark notifications read (all of them when ids is omitted)." })
  async notificationsMarkRead(@Arg("ids", () => [ID], { nullable: true }) ids: string[] | null, @Ctx() ctx: GraphQLContext): Promise<NotificationsMarkReadPayload> {
    const valid = ids?.filter((i) => isUuid(i)).slice(0, 100) ?? null;
    return { count: await ctx.services.notifications.markRead(ctx.viewer!.userId, valid), errors: [] };
  }
}

/** Titles and bodies are stored as the services wrote them (English); read in the request's language. */
@Resolver(() => Notification)
export class NotificationFieldsResolver {
  @FieldResolver(() => String)
  title(@Root() n: Notification): string {
    return translateMessage(n.title);
  }

  @FieldResolver(() => String)
  body(@Root() n: Notification): string {
    return translateMessage(n.body);
  }
}
