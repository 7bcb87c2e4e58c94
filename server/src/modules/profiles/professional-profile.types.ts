import { Field, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../common/graphql/user-error";

@ObjectType() export class License {
  @Field({ description: "e.g. CNA, LPN, RN." }) type: string;
  @Field() number: string;
  @Field({ description: "Issuing state or body." }) issuer: string;
  @Field(() => String, { nullable: true, description: "YYYY-MM or YYYY-MM-DD." }) expiresOn: string | null;
}
@ObjectType() export class HeldCertification {
  @Field() name: string;
  @Field() issuer: string;
  @Field(() => String, { nullable: true }) obtainedOn: string | null;
  @Field(() => String, { nullable: true }) expiresOn: string | null;
}
@ObjectType() export class Education {
  @Field() institution: string;
  @Field() qualification: string;
  @Field(() => String, { nullable: true }) completedOn: string | null;
}
@ObjectType() export class WorkExperience {
  @Field() employer: string;
  @Field() role: string;
  @Field(() => String, { nullable: true }) startOn: string | null;
  @Field(() => String, { nullable: true, description: "Empty while current." }) endOn: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
}

@ObjectType({ description: "A care professional's licenses, certifications, education and work experience (encrypted at rest)." })
export class ProfessionalProfile {
  @Field(() => [License]) licenses: License[];
  @Field(() => [HeldCertification]) certifications: HeldCertification[];
  @Field(() => [Education]) education: Education[];
  @Field(() => [WorkExperience]) experience: WorkExperience[];
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@InputType() export class LicenseInput {
  @Field() type: string;
  @Field() number: string;
  @Field() issuer: string;
  @Field(() => String, { nullable: true }) expiresOn?: string | null;
}
@InputType() export class HeldCertificationInput {
  @Field() name: string;
  @Field() issuer: string;
  @Field(() => String, { nullable: true }) obtainedOn?: string | null;
  @Field(() => String, { nullable: true }) expiresOn?: string | null;
}
@InputType() export class EducationInput {
  @Field() institution: string;
  @Field() qualification: string;
  @Field(() => String, { nullable: true }) completedOn?: string | null;
}
@InputType() export class WorkExperienceInput {
  @Field() employer: string;
  @Field() role: string;
  @Field(() => String, { nullable: true }) startOn?: string | null;
  @Field(() => String, { nullable: true }) endOn?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({ description: "The whole profile (replaces the stored one)." })
export class ProfessionalProfileInput {
  @Field(() => [LicenseInput], { nullable: true }) licenses?: LicenseInput[];
  @Field(() => [HeldCertificationInput], { nullable: true }) certifications?: HeldCertificationInput[];
  @Field(() => [EducationInput], { nullable: true }) education?: EducationInput[];
  @Field(() => [WorkExperienceInput], { nullable: true }) experience?: WorkExperienceInput[];
}

@ObjectType()
export class ProfessionalProfilePayload {
  @Field(() => ProfessionalProfile, { nullable: true }) profile: ProfessionalProfile | null;
  @Field(() => [UserError]) errors: UserError[];
}
