import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export type PaymentStatus = "PENDING" | "PAID" | "FAILED" | "CANCELED";
export type PaymentMethod = "CARD" | "INVOICE";

/**
 * An application fee payment (POL-COLLECT-PAYMENT). We keep the billing address (encrypted), the
 * processor's reference, the card brand and last four digits — never a card number.
 */
@Entity({ name: "payments" })
export class PaymentEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_payments_application_id")
  @Column("uuid")
  applicationId: string;

  @Index("ix_payments_payer_user_id")
  @Column("uuid")
  payerUserId: string;

  @Column("int")
  amountCents: number;

  @Column("text")
  currency: string;

  @Column("text")
  status: PaymentStatus;

  @Column("text")
  method: PaymentMethod;

  @Column("text", { nullable: true })
  processor: string | null;

  /** Stripe Checkout Session id, or the staff-entered reference of an offline payment. */
  @Index("ix_payments_processor_ref")
  @Column("text", { nullable: true })
  processorRef: string | null;

  /** Stripe Checkout page of a pending card payment (reused instead of opening a second one). */
  @Column("text", { nullable: true })
  checkoutUrl: string | null;

  @Column("text", { nullable: true })
  cardBrand: string | null;

  @Column("text", { nullable: true })
  cardLast4: string | null;

  @Column("text")
  billingAddressEnc: string;

  @Column("text", { unique: true })
  invoiceNumber: string;

  @Column("timestamptz", { nullable: true })
  paidAt: Date | null;

  @Column("uuid", { nullable: true })
  recordedBy: string | null;

  /** Drives POL-RETAIN-PAYMENT (7 years from the transaction). */
  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz")
  updatedAt: Date;
}
