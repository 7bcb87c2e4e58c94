import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../common/graphql/user-error";

@ObjectType({ description: "A registered security incident (every one, notified or not)." })
export class Incident {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() awareAt: Date;
  @Field({ description: "awareAt + 72 hours: notify affected people by then." }) notifyBy: Date;
  @Field(() => [String]) dataCategories: string[];
  @Field(() => String, { nullable: true }) likelyConsequences: string | null;
  @Field(() => String, { nullable: true }) measuresTaken: string | null;
  @Field({ description: "OPEN, NOTIFIED or CLOSED." }) status: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: "When the first breach notice went out." }) notifiedAt: Date | null;
  @Field(() => Date, { nullable: true, description: "When the incident was closed (incidentClose); a closed incident can no longer be changed." }) closedAt: Date | null;
  @Field(() => String, { nullable: true, description: "How the incident ended, written when closing it." }) closingSummary: string | null;
  @Field(() => String, { nullable: true, description: "What we changed so it does not happen again (optional, written when closing)." }) lessonsLearned: string | null;
  descriptionEnc: string;
}

@ObjectType({ description: "A person affected by an incident, with what staff need to run the notification (ADMIN only)." })
export class IncidentAffectedUser {
  @Field(() => ID, { description: "The account." }) userId: string;
  @Field({ description: "When the person was added to the affected list." }) addedAt: Date;
  @Field(() => Date, { nullable: true, description: "When the breach notice was e-mailed to them; null while not yet notified." }) notifiedAt: Date | null;
}

@InputType({ description: "Closing an incident: how it ended and what we learned." })
export class IncidentCloseInput {
  @Field({ description: "How the incident ended, 10–20,000 characters. Do not include personal data." }) summary: string;
  @Field(() => String, { nullable: true, description: "Lessons learned, at most 20,000 characters (optional)." }) lessonsLearned?: string | null;
}

@InputType()
export class IncidentCreateInput {
  @Field() title: string;
  @Field({ description: "What happened (encrypted)." }) description: string;
  @Field({ description: "When we became aware." }) awareAt: Date;
  @Field(() => [String], { description: "Kinds of data involved, e.g. contact details, licenses." }) dataCategories: string[];
  @Field(() => String, { nullable: true }) likelyConsequences?: string | null;
  @Field(() => String, { nullable: true }) measuresTaken?: string | null;
}

@ObjectType()
export class IncidentPayload {
  @Field(() => Incident, { nullable: true }) incident: Incident | null;
  @Field(() => [UserError]) errors: UserError[];
}

@InputType({ description: "Who is affected: ids, and/or everyone in the audit log for a time window (optionally one action)." })
export class IncidentAffectedInput {
  @Field(() => [ID], { nullable: true }) userIds?: string[] | null;
  @Field(() => Date, { nullable: true }) auditFrom?: Date | null;
  @Field(() => Date, { nullable: true }) auditTo?: Date | null;
  @Field(() => String, { nullable: true }) auditAction?: string | null;
}

@InputType()
export class IncidentNotifyInput {
  @Field() whatHappened: string;
  @Field() whatWeDid: string;
  @Field() whatYouShouldDo: string;
}

@ObjectType()
export class CountPayload {
  @Field(() => Int) count: number;
  @Field(() => [UserError]) errors: UserError[];
}

@InputType()
export class ChildReportInput {
  @Field({ description: "E-mail address of the account you are worried about." }) accountEmail: string;
  @Field({ description: "Why you believe its owner is under 18." }) details: string;
  @Field(() => String, { nullable: true, description: "How we can reach you (optional)." }) reporterContact?: string | null;
}

@ObjectType()
export class ChildReportPayload {
  @Field() ok: boolean;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType({ description: "A report that an account may belong to a child (ADMIN)." })
export class ChildReport {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: "The account, when one matched." }) subjectUserId: string | null;
  @Field({ description: "OPEN, CONFIRMED (account erased) or DISMISSED." }) status: string;
  @Field({ description: "When the report was received." }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: "When staff confirmed or dismissed it." }) resolvedAt: Date | null;
  detailsEnc: string;
  reporterContactEnc: string | null;
}

@ObjectType({ description: "The answer to childReportResolve: the handled report, or why it could not be handled." })
export class ChildReportResolvePayload {
  @Field(() => ChildReport, { nullable: true, description: "The report as it is now; null when there are errors." }) childReport: ChildReport | null;
  @Field(() => [UserError], { description: "Codes: INVALID (malformed id), NOT_FOUND, ALREADY_RESOLVED." }) errors: UserError[];
}
