import type { Services } from "../../app/services";
import type { CsvCell } from "../../common/csv";
import type { ApplicationKind, ApplicationStatus } from "../applications/application.entity";
import type { ApplicationFilter, ApplicationSort } from "../applications/application.service";
import type { Viewer } from "../auth/viewer";
import type { RoleName } from "../users/user.entity";
import type { UserView } from "../users/user.service";

/** Rows fetched per page while streaming: each page costs a fixed number of statements (list, count, and one batch per relation). */
export const EXPORT_PAGE_SIZE = 500;

export const EXPORT_LISTS = ["applications", "credentials", "people", "privacy-requests", "payments"] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];

export interface ApplicationsExportFilter {
  status?: ApplicationStatus[] | null;
  kind?: ApplicationKind | null;
  assigneeId?: string | null;
  unassigned?: boolean | null;
  minAgeDays?: number | null;
  programId?: string | null;
  sort: ApplicationSort;
}
export interface PeopleExportFilter {
  role?: RoleName | null;
  email?: string | null;
}
export interface PrivacyExportFilter {
  status?: string | null;
  kind?: string | null;
  overdue?: boolean | null;
}
export interface PaymentsExportFilter {
  status?: string | null;
}

type Page<T> = { items: T[]; total: number };

/** Pages through a list with the same service method (and so the same filters and order) as its GraphQL query. */
async function* pages<T>(size: number, load: (limit: number, offset: number) => Promise<Page<T>>): AsyncGenerator<T[]> {
  for (let offset = 0; ; offset += size) {
    const { items, total } = await load(size, offset);
    if (items.length) yield items;
    if (items.length < size || offset + items.length >= total) return;
  }
}

const fullName = (u: UserView | null | undefined) => (u ? `${u.firstName} ${u.lastName}` : null);
const DAY_MS = 86_400_000;

/**
 * The admin lists as CSV rows: the header first, then every matching row (not only one page),
 * with the columns the admin screens show. Personal data is limited to names and e-mail
 * addresses: no phone, date of birth or billing address.
 */
export class ListExportService {
  constructor(
    private readonly s: Services,
    private readonly pageSize = EXPORT_PAGE_SIZE,
  ) {}

  async *rows(list: ExportList, filter: unknown, viewer: Viewer): AsyncGenerator<CsvCell[]> {
    switch (list) {
      case "applications":
        return yield* this.applications(filter as ApplicationsExportFilter, viewer);
      case "credentials":
        return yield* this.credentials(viewer);
      case "people":
        return yield* this.people(filter as PeopleExportFilter);
      case "privacy-requests":
        return yield* this.privacyRequests(filter as PrivacyExportFilter);
      case "payments":
        return yield* this.payments(filter as PaymentsExportFilter);
    }
  }

  private users(ids: (string | null)[]) {
    const unique = [...new Set(ids.filter((id): id is string => !!id))];
    return unique.length ? this.s.users.loadMany(unique).then((views) => new Map(unique.map((id, i) => [id, views[i]]))) : Promise.resolve(new Map<string, UserView | null>());
  }

  private async *applications(f: ApplicationsExportFilter, viewer: Viewer): AsyncGenerator<CsvCell[]> {
    yield ["id", "kind", "status", "program", "applicant", "applicant_email", "assignee", "submitted_at", "decided_at", "decision", "updated_at"];
    const minAge = f.minAgeDays && f.minAgeDays > 0 ? Math.min(f.minAgeDays, 3650) : null;
    const submittedBefore = minAge ? new Date(this.s.clock.now().getTime() - minAge * DAY_MS) : null;
    const filter: ApplicationFilter = { status: f.status, kind: f.kind, assigneeId: f.assigneeId, unassigned: f.unassigned, programId: f.programId, submittedBefore };
    for await (const items of pages(this.pageSize, (limit, offset) => this.s.applications.list(viewer, filter, f.sort, limit, offset))) {
      const programIds = [...new Set(items.map((a) => a.programId).filter((id): id is string => !!id))];
      const [people, programs] = await Promise.all([
        this.users(items.flatMap((a) => [a.applicantUserId, a.assigneeId])),
        programIds.length ? this.s.programs.loadMany(programIds) : Promise.resolve([]),
      ]);
      const titles = new Map(programIds.map((id, i) => [id, programs[i]?.title ?? null]));
      for (const a of items) {
        const applicant = people.get(a.applicantUserId);
        yield [a.id, a.kind, a.status, a.programId ? titles.get(a.programId) : null, fullName(applicant), applicant?.email, a.assigneeId ? fullName(people.get(a.assigneeId)) : null, a.submittedAt, a.decidedAt, a.decision, a.updatedAt];
      }
    }
  }

  private async *credentials(viewer: Viewer): AsyncGenerator<CsvCell[]> {
    yield ["number", "status", "holder_type", "holder", "certification", "valid_from", "valid_until", "awarded", "status_changed_at"];
    for await (const items of pages(this.pageSize, (limit, offset) => this.s.credentials.list(viewer, limit, offset))) {
      const typeIds = [...new Set(items.map((c) => c.certificationTypeId))];
      const programIds = [...new Set(items.map((c) => c.programId).filter((id): id is string => !!id))];
      const [people, types, programs] = await Promise.all([
        this.users(items.map((c) => (c.subject === "PERSON" ? c.holderUserId : null))),
        this.s.catalogue.loadTypes(typeIds),
        programIds.length ? this.s.programs.loadMany(programIds) : Promise.resolve([]),
      ]);
      const typeName = new Map(typeIds.map((id, i) => [id, types[i]?.name ?? null]));
      const title = new Map(programIds.map((id, i) => [id, programs[i]?.title ?? null]));
      for (const c of items) {
        const holder = c.subject === "PERSON" ? fullName(c.holderUserId ? people.get(c.holderUserId) : null) : c.programId ? title.get(c.programId) : null;
        yield [c.number, c.status, c.subject, holder, typeName.get(c.certificationTypeId), c.validFrom, c.validUntil, c.awardedDate, c.statusChangedAt];
      }
    }
  }

  private async *people(f: PeopleExportFilter): AsyncGenerator<CsvCell[]> {
    yield ["id", "first_name", "last_name", "email", "roles", "two_step_sign_in", "email_verified", "disabled", "erased", "created_at", "last_active_at"];
    for await (const items of pages(this.pageSize, (limit, offset) => this.s.users.list(f, limit, offset))) {
      for (const u of items) yield [u.id, u.firstName, u.lastName, u.email, u.roles.join(" "), u.mfaEnabled, u.emailVerified, u.disabled, u.erased, u.createdAt, u.lastActiveAt];
    }
  }

  private async *privacyRequests(f: PrivacyExportFilter): AsyncGenerator<CsvCell[]> {
    yield ["id", "kind", "status", "requester", "requester_email", "received_at", "due_at", "completed_at", "overdue", "identity_check"];
    const now = this.s.clock.now();
    for await (const items of pages(this.pageSize, (limit, offset) => this.s.privacyRequests.list(f, limit, offset))) {
      const people = await this.users(items.map((r) => r.userId));
      for (const r of items) {
        const who = r.userId ? people.get(r.userId) : null;
        const open = r.status === "RECEIVED" || r.status === "IN_PROGRESS";
        yield [r.id, r.kind, r.status, fullName(who), who?.email, r.receivedAt, r.dueAt, r.completedAt, open && r.dueAt < now, r.identityCheck];
      }
    }
  }

  private async *payments(f: PaymentsExportFilter): AsyncGenerator<CsvCell[]> {
    yield ["invoice_number", "status", "method", "amount", "currency", "payer", "payer_email", "card_brand", "card_last4", "processor_reference", "paid_at", "created_at", "application_id"];
    const load = async (limit: number, offset: number) => {
      const [items, total] = await this.s.payments.list(f.status ?? null, limit, offset);
      return { items, total };
    };
    for await (const items of pages(this.pageSize, load)) {
      const people = await this.users(items.map((p) => p.payerUserId));
      for (const p of items) {
        const payer = people.get(p.payerUserId);
        yield [p.invoiceNumber, p.status, p.method, (p.amountCents / 100).toFixed(2), p.currency.toUpperCase(), fullName(payer), payer?.email, p.cardBrand, p.cardLast4, p.processorRef, p.paidAt, p.createdAt, p.applicationId];
      }
    }
  }
}
