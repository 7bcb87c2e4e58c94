import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Connection } from "../../common/graphql/connection";

@ObjectType({ description: "One entry of the append-only audit trail (ids, codes and counts; never personal data)." })
export class AuditEvent {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field({ description: "USER, SYSTEM or ANONYMOUS." }) actorType: string;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field({ description: "What happened, e.g. credential.revoked, user.erased, auth.login_failed." }) action: string;
  @Field(() => String, { nullable: true }) targetType: string | null;
  @Field(() => String, { nullable: true }) targetId: string | null;
  @Field(() => String, { nullable: true, description: "The API request that did it (matches X-Request-Id and the logs)." }) requestId: string | null;
  @Field(() => GraphQLJSONObject) metadata: Record<string, unknown>;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent, "AuditEvent") {}

@InputType({ description: "Filters for the audit trail; all optional, combined with AND." })
export class AuditEventsFilter {
  @Field(() => String, { nullable: true, description: "Exact action, or a prefix ending in a dot (e.g. `credential.`)." }) action?: string | null;
  @Field(() => ID, { nullable: true }) actorUserId?: string | null;
  @Field(() => String, { nullable: true }) targetType?: string | null;
  @Field(() => String, { nullable: true }) targetId?: string | null;
  @Field(() => String, { nullable: true }) requestId?: string | null;
  @Field(() => Date, { nullable: true, description: "From this moment (inclusive)." }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: "Before this moment (exclusive)." }) to?: Date | null;
}
