import { useQuery } from "@apollo/client/react";
import { AuditEventsDocument, type AuditEventRowFragment, type AuditEventsFilter } from "@ccp/shared";
import { type FormEvent, useState } from "react";
import { downloadProtectedFile } from "@/lib/authorized-http";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { TextField } from "@/components/ui/text-field";
import { type AuditFilterForm, auditExportUrl, EMPTY_AUDIT_FILTER, toAuditFilter } from "../utils/audit-filter";

const PAGE_SIZE = 50;

const ACTOR: Record<string, string> = { USER: "Person", SYSTEM: "System", ANONYMOUS: "Anonymous" };

/** A long id shown short; clicking it filters the list by it. */
const IdFilter = ({ id, label, onPick }: { id: string; label: string; onPick: () => void }) => (
  <button type="button" className="btn-link audit-id" title={`${id} — show only events for this ${label}`} onClick={onPick}>
    <code>{id.length > 12 ? `${id.slice(0, 8)}…` : id}</code>
  </button>
);

const AuditRow = ({ event, onFilter }: { event: AuditEventRowFragment; onFilter: (patch: Partial<AuditFilterForm>) => void }) => {
  const details = Object.keys(event.metadata ?? {}).length > 0 ? JSON.stringify(event.metadata, null, 2) : null;
  return (
    <tr>
      <td>
        <time dateTime={event.at}>{formatDateTime(event.at)}</time>
      </td>
      <th scope="row" className="audit-action">
        <code>{event.action}</code>
      </th>
      <td>
        {ACTOR[event.actorType] ?? event.actorType}
        {event.actorUserId && (
          <>
            {" "}
            <IdFilter id={event.actorUserId} label="person" onPick={() => onFilter({ actorUserId: event.actorUserId ?? "" })} />
          </>
        )}
      </td>
      <td>
        {event.targetType ?? "—"}
        {event.targetId && (
          <>
            {" "}
            <IdFilter id={event.targetId} label={event.targetType ?? "target"} onPick={() => onFilter({ targetType: event.targetType ?? "", targetId: event.targetId ?? "" })} />
          </>
        )}
      </td>
      <td>
        {details ? (
          <details>
            <summary>Details</summary>
            <pre className="audit-details">{details}</pre>
          </details>
        ) : (
          "—"
        )}
        {event.requestId && (
          <p className="muted audit-request">
            Request <IdFilter id={event.requestId} label="request" onPick={() => onFilter({ requestId: event.requestId ?? "" })} />
          </p>
        )}
      </td>
    </tr>
  );
};

/** The audit trail: filter, page through, and download a hash-chained copy (POL-SEC-AUDIT). */
export const AuditLog = () => {
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof AuditFilterForm, string>>>({});
  const [filter, setFilter] = useState<AuditEventsFilter>({});
  const [loadingMore, setLoadingMore] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [downloading, setDownloading] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditEventsDocument, { variables: { first: PAGE_SIZE, filter } });

  const set = (k: keyof AuditFilterForm) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value });

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const r = toAuditFilter(form);
    if (!r.ok) return setFieldErrors(r.errors);
    setFieldErrors({});
    setFilter(r.filter);
  };

  /** Filter by an id clicked in the table (on top of the current filter). */
  const pick = (patch: Partial<AuditFilterForm>) => {
    const next = { ...form, ...patch };
    const r = toAuditFilter(next);
    setForm(next);
    if (!r.ok) return setFieldErrors(r.errors);
    setFieldErrors({});
    setFilter(r.filter);
    window.scrollTo({ top: 0 });
  };

  const loadMore = async () => {
    const after = data?.auditEvents.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    setProblems([]);
    try {
      await fetchMore({ variables: { after } });
    } catch (e) {
      setProblems([describeError(e)]);
    } finally {
      setLoadingMore(false);
    }
  };

  const download = async () => {
    setDownloading(true);
    setProblems([]);
    const r = await downloadProtectedFile(auditExportUrl(filter), `carecoreplus-audit-${new Date().toISOString().slice(0, 10)}.jsonl`);
    setDownloading(false);
    if (!r.ok) setProblems([r.message || `The download failed (HTTP ${r.status}). Try again.`]);
  };

  const events = data?.auditEvents.edges.map((e) => e.node) ?? [];
  const filtered = Object.keys(filter).length > 0;

  return (
    <div className="stack">
      <form className="filter-bar" onSubmit={apply} role="search" aria-label="Filter the audit trail" noValidate>
        <TextField label="Action" name="action" value={form.action} onChange={set("action")} hint="Exact, or a prefix ending in a dot: credential." />
        <TextField label="Target type" name="targetType" value={form.targetType} onChange={set("targetType")} hint="e.g. application, credential, user" />
        <TextField label="Target id" name="targetId" value={form.targetId} onChange={set("targetId")} />
        <TextField label="Person id" name="actorUserId" value={form.actorUserId} onChange={set("actorUserId")} error={fieldErrors.actorUserId} />
        <TextField label="Request id" name="requestId" value={form.requestId} onChange={set("requestId")} hint="From an error message or a log line" />
        <TextField label="From" name="from" type="datetime-local" value={form.from} onChange={set("from")} error={fieldErrors.from} />
        <TextField label="Until" name="to" type="datetime-local" value={form.to} onChange={set("to")} error={fieldErrors.to} />
        <div className="filter-actions">
          <Button type="submit" variant="secondary">
            Filter
          </Button>
          {filtered && (
            <Button
              type="button"
              variant="link"
              onClick={() => {
                setForm(EMPTY_AUDIT_FILTER);
                setFieldErrors({});
                setFilter({});
              }}
            >
              Clear
            </Button>
          )}
        </div>
      </form>

      <Alert
        tone="info"
        title="Tamper-evident copy"
        actions={
          <Button variant="secondary" onClick={() => void download()} pending={downloading} pendingLabel="Preparing the file…">
            Download {filtered ? "these events" : "the whole trail"}
          </Button>
        }
      >
        <p>
          The file lists the events oldest first; each line carries the hash of the one before it, and the last line states the
          chain head. Check a copy with <code>pnpm cli audit:verify &lt;file&gt;</code>: any edited, removed or reordered line is
          found. Keep the chain head with your records.
        </p>
      </Alert>
      <FormErrors messages={problems} />

      {loading && !data && <LoadingState label="Loading the audit trail…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && events.length === 0 && <EmptyState title={filtered ? "No events match this filter" : "No events yet"} />}
      {data && events.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            Showing {events.length} of {data.auditEvents.totalCount} events, newest first
          </p>
          <div className="table-scroll" role="region" aria-label="Audit events" tabIndex={0}>
            <table className="table table-compact">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Action</th>
                  <th scope="col">By</th>
                  <th scope="col">On</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event) => (
                  <AuditRow key={event.id} event={event} onFilter={pick} />
                ))}
              </tbody>
            </table>
          </div>
          {data.auditEvents.pageInfo.hasNextPage && (
            <Button variant="secondary" onClick={() => void loadMore()} pending={loadingMore} pendingLabel="Loading more…">
              Load more
            </Button>
          )}
        </>
      )}
    </div>
  );
};
