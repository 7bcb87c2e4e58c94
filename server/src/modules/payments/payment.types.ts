import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../common/graphql/connection";
import { UserError } from "../../common/graphql/user-error";
import type { PaymentMethod as Method, PaymentStatus as Status } from "./payment.entity";

export const PaymentStatus = { PENDING: "PENDING", PAID: "PAID", FAILED: "FAILED", CANCELED: "CANCELED" } as const;
registerEnumType(PaymentStatus, { name: "PaymentStatus" });
export const PaymentMethod = { CARD: "CARD", INVOICE: "INVOICE" } as const;
registerEnumType(PaymentMethod, { name: "PaymentMethod" });

@ObjectType({ description: "An amount of money." })
export class Money {
  @Field(() => Int, { description: "In the smallest unit (cents)." }) amountCents: number;
  @Field({ description: "ISO 4217, lower case." }) currency: string;
}

@ObjectType({ description: "A fee payment. No card number is ever stored: only brand and last four digits." })
export class Payment {
  @Field(() => ID) id: string;
  @Field(() => PaymentStatus) status: Status;
  @Field(() => PaymentMethod) method: Method;
  @Field(() => Int) amountCents: number;
  @Field() currency: string;
  @Field({ description: "Quote it when paying an invoice." }) invoiceNumber: string;
  @Field(() => String, { nullable: true }) cardBrand: string | null;
  @Field(() => String, { nullable: true }) cardLast4: string | null;
  @Field(() => Date, { nullable: true }) paidAt: Date | null;
  @Field() createdAt: Date;
  applicationId: string;
  billingAddressEnc: string;
  processorRef: string | null;
  payerUserId: string;
}

@ObjectType()
export class PaymentConnection extends Connection(Payment, "Payment") {}

@InputType({ description: "Billing address (kept encrypted for 7 years with the payment record)." })
export class BillingAddressInput {
  @Field() name: string;
  @Field() line1: string;
  @Field(() => String, { nullable: true }) line2?: string | null;
  @Field() city: string;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field() postalCode: string;
  @Field({ description: "2-letter country code." }) country: string;
}

@InputType()
export class ApplicationPayInput {
  @Field(() => BillingAddressInput) billingAddress: BillingAddressInput;
}

@ObjectType()
export class ApplicationPayPayload {
  @Field(() => Payment, { nullable: true }) payment: Payment | null;
  @Field(() => String, { nullable: true, description: "Card mode: send the payer to this Stripe Checkout page." }) checkoutUrl: string | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType()
export class PaymentPayload {
  @Field(() => Payment, { nullable: true }) payment: Payment | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType({ description: "How fees are paid on this installation." })
export class PaymentSettings {
  @Field({ description: "CARD (Stripe Checkout) or INVOICE (staff record offline payments)." }) mode: string;
}
