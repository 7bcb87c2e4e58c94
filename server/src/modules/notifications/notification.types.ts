import { Field, ID, Int, ObjectType } from "type-graphql";
import { Connection } from "../../common/graphql/connection";
import { UserError } from "../../common/graphql/user-error";

@ObjectType({ description: "An in-app notification." })
export class Notification {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: "Path in the web app to open." }) link: string | null;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification, "Notification") {
  @Field(() => Int, { description: "Unread notifications in total." }) unreadCount: number;
}

@ObjectType()
export class NotificationsMarkReadPayload {
  @Field(() => Int, { description: "How many became read." }) count: number;
  @Field(() => [UserError]) errors: UserError[];
}
