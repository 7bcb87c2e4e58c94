import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../common/graphql/connection";
import { UserError } from "../../common/graphql/user-error";
import type { SupportKind as Kind, SupportStatus as Status } from "./message.entity";

export const SupportKind = { SUPPORT: "SUPPORT", FEEDBACK: "FEEDBACK" } as const;
registerEnumType(SupportKind, { name: "SupportKind" });
export const SupportStatus = { OPEN: "OPEN", ANSWERED: "ANSWERED", CLOSED: "CLOSED" } as const;
registerEnumType(SupportStatus, { name: "SupportStatus" });

@ObjectType({ description: "A message in an application thread or support request." })
export class Message {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field({ description: "Written by CareCorePlus staff." }) fromStaff: boolean;
  @Field() createdAt: Date;
  authorId: string;
}

@ObjectType()
export class MessagePayload {
  @Field(() => Message, { nullable: true }) message: Message | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType({ description: "A support request or feedback." })
export class SupportRequest {
  @Field(() => ID) id: string;
  @Field(() => SupportKind) kind: Kind;
  @Field(() => SupportStatus) status: Status;
  @Field() createdAt: Date;
  @Field() lastContactAt: Date;
  userId: string;
  subjectEnc: string;
}

@ObjectType()
export class SupportRequestConnection extends Connection(SupportRequest, "SupportRequest") {}

@InputType()
export class SupportRequestCreateInput {
  @Field(() => SupportKind) kind: Kind;
  @Field({ description: "3–200 characters." }) subject: string;
  @Field({ description: "1–10,000 characters." }) body: string;
}

@ObjectType()
export class SupportRequestPayload {
  @Field(() => SupportRequest, { nullable: true }) supportRequest: SupportRequest | null;
  @Field(() => [UserError]) errors: UserError[];
}
