import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../common/graphql/connection";
import { UserError } from "../../common/graphql/user-error";
import type { DeliveryMode as Mode, ProgramStatus as Status } from "./program.entity";

export const DeliveryMode = { IN_PERSON: "IN_PERSON", ONLINE: "ONLINE", BLENDED: "BLENDED" } as const;
registerEnumType(DeliveryMode, { name: "DeliveryMode" });
export const ProgramStatus = { DRAFT: "DRAFT", ACTIVE: "ACTIVE", ARCHIVED: "ARCHIVED" } as const;
registerEnumType(ProgramStatus, { name: "ProgramStatus" });

@ObjectType({ description: "A curriculum module." })
export class CurriculumModule {
  @Field() title: string;
  @Field(() => Float) hours: number;
  @Field(() => [String], { description: "Learning outcomes / competencies." }) competencies: string[];
}

@ObjectType({ description: "An instructor of a program (personal data: visible to the organization and staff)." })
export class Instructor {
  @Field() fullName: string;
  @Field() qualifications: string;
  @Field(() => [String], { description: "Licenses or certifications held." }) licenses: string[];
  @Field(() => Int, { nullable: true }) yearsOfExperience: number | null;
}

@ObjectType({ description: "A training program of a provider organization." })
export class Program {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => DeliveryMode) deliveryMode: Mode;
  @Field(() => Float, { description: "Sum of module hours." }) totalHours: number;
  @Field(() => [CurriculumModule]) modules: CurriculumModule[];
  instructors: { fullName: string; qualifications: string; licenses: string[]; yearsOfExperience: number | null }[];
  @Field(() => ProgramStatus) status: Status;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  organizationId: string;
}

@ObjectType()
export class ProgramConnection extends Connection(Program, "Program") {}

@InputType()
export class CurriculumModuleInput {
  @Field({ description: "2–200 characters." }) title: string;
  @Field(() => Float, { description: "0.5–2000 hours." }) hours: number;
  @Field(() => [String], { nullable: true, description: "Up to 50 competencies." }) competencies?: string[];
}

@InputType()
export class InstructorInput {
  @Field() fullName: string;
  @Field({ description: "Degrees, licenses, certifications, experience." }) qualifications: string;
  @Field(() => [String], { nullable: true }) licenses?: string[];
  @Field(() => Int, { nullable: true }) yearsOfExperience?: number | null;
}

@InputType({ description: "A program with its curriculum and instructors." })
export class ProgramCreateInput {
  @Field({ description: "3–200 characters." }) title: string;
  @Field({ nullable: true, description: "At most 5,000 characters." }) description?: string;
  @Field(() => DeliveryMode, { nullable: true, description: "Default IN_PERSON." }) deliveryMode?: Mode;
  @Field(() => [CurriculumModuleInput], { nullable: true }) modules?: CurriculumModuleInput[];
  @Field(() => [InstructorInput], { nullable: true }) instructors?: InstructorInput[];
  @Field(() => ID, { nullable: true, description: "Owning organization; default: your first organization (one is created if you have none)." }) organizationId?: string | null;
}

@InputType()
export class ProgramUpdateInput {
  @Field() title: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => DeliveryMode, { nullable: true }) deliveryMode?: Mode;
  @Field(() => [CurriculumModuleInput], { nullable: true }) modules?: CurriculumModuleInput[];
  @Field(() => [InstructorInput], { nullable: true }) instructors?: InstructorInput[];
}

@InputType()
export class ProgramsFilter {
  @Field(() => ProgramStatus, { nullable: true }) status?: Status | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
}

@ObjectType()
export class ProgramPayload {
  @Field(() => Program, { nullable: true }) program: Program | null;
  @Field(() => [UserError]) errors: UserError[];
}
