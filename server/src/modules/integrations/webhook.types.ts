import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../common/graphql/user-error";
import type { WebhookEvent } from "./webhook.entity";

@ObjectType({ description: "A webhook endpoint. Events: credential.issued, .revoked, .suspended, .reinstated, .expired, .renewed." })
export class WebhookEndpoint {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field(() => [String]) events: WebhookEvent[];
  @Field() active: boolean;
  @Field() createdAt: Date;
}

@InputType()
export class WebhookEndpointCreateInput {
  @Field({ description: "https URL that accepts POST." }) url: string;
  @Field(() => [String], { description: "Event types to receive." }) events: WebhookEvent[];
}

@ObjectType()
export class WebhookEndpointCreatePayload {
  @Field(() => WebhookEndpoint, { nullable: true }) endpoint: WebhookEndpoint | null;
  @Field(() => String, { nullable: true, description: "Signing secret (`whsec_…`), shown only now. Verify `webhook-signature` per Standard Webhooks." }) secret: string | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType()
export class WebhookEndpointDeletePayload {
  @Field() ok: boolean;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType({ description: "One event sent (or being retried) to an endpoint." })
export class WebhookDelivery {
  @Field(() => ID) id: string;
  @Field({ description: "The webhook-id header." }) eventId: string;
  @Field() eventType: string;
  @Field(() => GraphQLJSONObject) payload: Record<string, unknown>;
  @Field({ description: "PENDING (will retry), SUCCEEDED or FAILED (gave up)." }) status: string;
  @Field(() => Int) attempts: number;
  @Field(() => Int, { nullable: true }) lastStatusCode: number | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field() nextAttemptAt: Date;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field() createdAt: Date;
}
