import { AuditEventEntity } from "../modules/audit/audit-event.entity";
import { RefreshTokenEntity } from "../modules/auth/refresh-token.entity";
import { SessionEntity } from "../modules/auth/session.entity";
import { UserTokenEntity } from "../modules/auth/user-token.entity";
import { OutboxMessageEntity } from "../modules/mail/outbox-message.entity";
import { ConsentRecordEntity } from "../modules/policies/consent-record.entity";
import { PolicyVersionEntity } from "../modules/policies/policy-version.entity";
import { UserEntity } from "../modules/users/user.entity";
import { RateLimitCounterEntity } from "../common/rate-limit/rate-limit-counter.entity";

/** Every entity, listed explicitly (no globbing: the same list works under tsc and vitest). */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  RefreshTokenEntity,
  UserTokenEntity,
  PolicyVersionEntity,
  ConsentRecordEntity,
  AuditEventEntity,
  OutboxMessageEntity,
  RateLimitCounterEntity,
];
