import { useQuery } from "@apollo/client/react";
import { AuditEventsDocument, type AuditEventRowFragment, type AuditEventsFilter } from "@ccp/shared";
import { type FormEvent, useState } from "react";
import { downloadProtectedFile } from "@/lib/authorized-http";
import { translatedLabels, useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { TextField } from "@/components/ui/text-field";
import { type AuditFilterForm, auditExportUrl, EMPTY_AUDIT_FILTER, toAuditFilter } from "../utils/audit-filter";

const PAGE_SIZE = 50;

const ACTOR: Readonly<Record<string, string>> = translatedLabels("staff", "audit.actor", ["USER", "SYSTEM", "ANONYMOUS"]);

/** A long id shown short; clicking it filters the list by it. `title` says what clicking does. */
const IdFilter = ({ id, title, onPick }: { id: string; title: string; onPick: () => void }) => (
  <button type="button" className="btn-link audit-id" title={title} onClick={onPick}>
    <code>{id.length > 12 ? `${id.slice(0, 8)}…` : id}</code>
  </button>
);

const AuditRow = ({ event, onFilter }: { event: AuditEventRowFragment; onFilter: (patch: Partial<AuditFilterForm>) => void }) => {
  const t = useT("staff");
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
            <IdFilter
              id={event.actorUserId}
              title={t("audit.idFilter.person", { id: event.actorUserId })}
              onPick={() => onFilter({ actorUserId: event.actorUserId ?? "" })} />
          </>
        )}
      </td>
      <td>
        {event.targetType ?? "—"}
        {event.targetId && (
          <>
            {" "}
            <IdFilter
              id={event.targetId}
              title={
                event.targetType
                  ? t("audit.idFilter.targetOfType", { id: event.targetId, type: event.targetType })
                  : t("audit.idFilter.target", { id: event.targetId })
              }
              onPick={() => onFilter({ targetType: event.targetType ?? "", targetId: event.targetId ?? "" })} />
          </>
        )}
      </td>
      <td>
        {details ? (
          <details>
            <summary>{t("audit.row.details")}</summary>
            <pre className="audit-details">{details}</pre>
          </details>
        ) : (
          "—"
        )}
        {event.requestId && (
          <p className="muted audit-request">
            {t("audit.row.request")}{" "}
            <IdFilter
              id={event.requestId}
              title={t("audit.idFilter.request", { id: event.requestId })}
              onPick={() => onFilter({ requestId: event.requestId ?? "" })}
            />
          </p>
        )}
      </td>
    </tr>
  );
};

/** The audit trail: filter, page through, and download a hash-chained copy (POL-SEC-AUDIT). */
export const AuditLog = () => {
  const t = useT("staff");
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
    if (!r.ok) setProblems([r.message || t("audit.export.failed", { status: r.status })]);
  };

  const events = data?.auditEvents.edges.map((e) => e.node) ?? [];
  const filtered = Object.keys(filter).length > 0;

  return (
    <div className="stack">
      <form className="filter-bar" onSubmit={apply} role="search" aria-label={t("audit.filter.label")} noValidate>
        <TextField label={t("audit.filter.action")} name="action" value={form.action} onChange={set("action")} hint={t("audit.filter.actionHint")} />
        <TextField label={t("audit.filter.targetType")} name="targetType" value={form.targetType} onChange={set("targetType")} hint={t("audit.filter.targetTypeHint")} />
        <TextField label={t("audit.filter.targetId")} name="targetId" value={form.targetId} onChange={set("targetId")} />
        <TextField label={t("audit.filter.actorUserId")} name="actorUserId" value={form.actorUserId} onChange={set("actorUserId")} error={fieldErrors.actorUserId} />
        <TextField label={t("audit.filter.requestId")} name="requestId" value={form.requestId} onChange={set("requestId")} hint={t("audit.filter.requestIdHint")} />
        <TextField label={t("audit.filter.from")} name="from" type="datetime-local" value={form.from} onChange={set("from")} error={fieldErrors.from} />
        <TextField label={t("audit.filter.to")} name="to" type="datetime-local" value={form.to} onChange={set("to")} error={fieldErrors.to} />
        <div className="filter-actions">
          <Button type="submit" variant="secondary">
            {t("audit.filter.submit")}
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
              {t("audit.filter.clear")}
            </Button>
          )}
        </div>
      </form>

      <Alert
        tone="info"
        title={t("audit.export.title")}
        actions={
          <Button variant="secondary" onClick={() => void download()} pending={downloading} pendingLabel={t("audit.export.preparing")}>
            {filtered ? t("audit.export.downloadFiltered") : t("audit.export.downloadAll")}
          </Button>
        }
      >
        <p>
          <Trans text={t("audit.export.text")} components={[<code />]} />
        </p>
      </Alert>
      <FormErrors messages={problems} />

      {loading && !data && <LoadingState label={t("audit.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && events.length === 0 && <EmptyState title={filtered ? t("audit.emptyFiltered") : t("audit.empty")} />}
      {data && events.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {t("audit.showing", { shown: events.length, total: data.auditEvents.totalCount })}
          </p>
          <div className="table-scroll" role="region" aria-label={t("audit.table.label")} tabIndex={0}>
            <table className="table table-compact">
              <thead>
                <tr>
                  <th scope="col">{t("audit.table.when")}</th>
                  <th scope="col">{t("audit.table.action")}</th>
                  <th scope="col">{t("audit.table.by")}</th>
                  <th scope="col">{t("audit.table.on")}</th>
                  <th scope="col">{t("audit.table.details")}</th>
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
            <Button variant="secondary" onClick={() => void loadMore()} pending={loadingMore} pendingLabel={t("audit.loadingMore")}>
              {t("audit.loadMore")}
            </Button>
          )}
        </>
      )}
    </div>
  );
};
