import { Column, Entity, PrimaryColumn } from "typeorm";

/** Fixed-window counters kept in PostgreSQL so limits hold across API instances. */
@Entity({ name: "rate_limit_counters" })
export class RateLimitCounterEntity {
  /** `<bucket>:<keyed hash of the subject>`; never an e-mail or IP in clear. */
  @PrimaryColumn("text")
  key: string;

  @Column("timestamptz")
  windowStart: Date;

  @Column("int")
  count: number;
}
