import { Field, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../common/graphql/user-error";

@ObjectType({ description: "Non-essential communication choices. Essential messages (security, receipts, decisions' legal notices) are always sent." })
export class CommunicationPreferences {
  @Field({ description: "E-mails about application status, messages and assignments." }) emailNotifications: boolean;
  @Field({ description: "Service announcements by e-mail." }) emailAnnouncements: boolean;
  @Field({ description: "Notifications inside CareCorePlus." }) inAppNotifications: boolean;
}

@InputType()
export class CommunicationPreferencesUpdateInput {
  @Field(() => Boolean, { nullable: true }) emailNotifications?: boolean | null;
  @Field(() => Boolean, { nullable: true }) emailAnnouncements?: boolean | null;
  @Field(() => Boolean, { nullable: true }) inAppNotifications?: boolean | null;
}

@ObjectType()
export class CommunicationPreferencesUpdatePayload {
  @Field(() => CommunicationPreferences, { nullable: true }) preferences: CommunicationPreferences | null;
  @Field(() => [UserError]) errors: UserError[];
}
