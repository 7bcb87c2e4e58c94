import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ApplicationAssignDocument, ReviewQueueDocument, type ReviewQueueRowFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { ALL_STATUSES, KIND_LABEL, STATUS_LABEL } from "@/lib/application-status";
import { useViewer } from "@/lib/auth";
import { formatDate, formatDays } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { ApplicationStatusBadge } from "@/components/application/application-status-badge";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CsvExportButton } from "@/components/ui/csv-export-button";
import { SelectField } from "@/components/ui/select-field";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { TextField } from "@/components/ui/text-field";
import { useLoadMore } from "@/lib/use-load-more";
import {
  DEFAULT_QUEUE_FILTERS,
  SLA_DAYS,
  SORT_LABEL,
  isOverdue,
  queueFilterSchema,
  toQueueVariables,
  type QueueFilterValues,
} from "../schemas/queue-filter-schema";

const PAGE_SIZE = 25;

// Kept for the browser tab, so coming back from an application shows the same queue.
const STORAGE_KEY = "ccp.reviewQueue.filters";

const rememberedFilters = (): QueueFilterValues => {
  try {
    const parsed = queueFilterSchema.safeParse(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "null"));
    return parsed.success ? parsed.data : DEFAULT_QUEUE_FILTERS;
  } catch {
    return DEFAULT_QUEUE_FILTERS;
  }
};

const rememberFilters = (values: QueueFilterValues) => {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(values));
  } catch {
    // Private mode or storage full: the filters just aren't remembered.
  }
};

const personName = (p: { firstName: string; lastName: string } | null) => (p ? `${p.firstName} ${p.lastName}` : "—");

const TakeButton = ({ application, mine }: { application: ReviewQueueRowFieldsFragment; mine: boolean }) => {
  const t = useT("staff");
  const [assign] = useMutation(ApplicationAssignDocument);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const take = async () => {
    setPending(true);
    setError(null);
    try {
      const { data } = await assign({ variables: { id: application.id } });
      const payload = data?.applicationAssign;
      if (payload?.errors.length) setError(payload.errors.map((e) => e.message).join(" "));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button
        variant="secondary"
        className="btn-small"
        onClick={() => void take()}
        pending={pending}
        pendingLabel={mine ? t("reviewQueue.starting") : t("reviewQueue.taking")}
      >
        {/* The visible words start the accessible name (WCAG 2.5.3, label in name); the rest says whose application it is. */}
        {mine ? t("reviewQueue.start") : t("reviewQueue.take")}
        <span className="visually-hidden">{t("reviewQueue.whose", { name: personName(application.applicant) })}</span>
      </Button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
};

export const ReviewQueue = () => {
  const viewer = useViewer();
  const t = useT("staff");
  const [applied, setApplied] = useState<QueueFilterValues>(rememberedFilters);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<QueueFilterValues>({ resolver: zodResolver(queueFilterSchema), defaultValues: applied });
  const queueVariables = toQueueVariables(applied, viewer.id);
  const { data, loading, error, refetch, fetchMore } = useQuery(ReviewQueueDocument, {
    variables: { first: PAGE_SIZE, ...queueVariables },
    fetchPolicy: "cache-and-network",
  });
  const { loadMore, loadingMore, loadMoreErrors: loadMoreError } = useLoadMore(fetchMore);

  const apply = handleSubmit((values) => {
    rememberFilters(values);
    setApplied(values);
  });
  const resetFilters = () => {
    rememberFilters(DEFAULT_QUEUE_FILTERS);
    reset(DEFAULT_QUEUE_FILTERS);
    setApplied(DEFAULT_QUEUE_FILTERS);
  };


  const rows = data?.applications.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="stack">
      {viewer.roles.includes("ADMIN") && (
        <CsvExportButton list="applications" params={{ ...queueVariables.filter, sort: queueVariables.sort }} what={t("reviewQueue.csvWhat")} />
      )}
      <form className="queue-filters" onSubmit={(event) => void apply(event)} noValidate aria-label={t("reviewQueue.filtersLabel")}>
        <fieldset className="fieldset queue-statuses">
          <legend className="field-label-legend">{t("reviewQueue.status")}</legend>
          <div className="checkbox-grid">
            {ALL_STATUSES.map((status) => (
              <label key={status} className="checkbox-inline">
                <input type="checkbox" className="checkbox" value={status} {...register("statuses")} />
                {STATUS_LABEL[status]}
              </label>
            ))}
          </div>
        </fieldset>
        <SelectField label={t("reviewQueue.kind")} {...register("kind")}>
          <option value="">{t("reviewQueue.bothKinds")}</option>
          <option value="PROGRAM_ACCREDITATION">{KIND_LABEL.PROGRAM_ACCREDITATION}</option>
          <option value="INDIVIDUAL_CERTIFICATION">{KIND_LABEL.INDIVIDUAL_CERTIFICATION}</option>
        </SelectField>
        <SelectField label={t("reviewQueue.assignedTo")} {...register("assignment")}>
          <option value="anyone">{t("reviewQueue.anyone")}</option>
          <option value="me">{t("reviewQueue.me")}</option>
          <option value="unassigned">{t("reviewQueue.nobodyYet")}</option>
        </SelectField>
        <TextField
          label={t("reviewQueue.olderThanDays")}
          inputMode="numeric"
          error={errors.olderThanDays?.message}
          {...register("olderThanDays")}
        />
        <SelectField label={t("reviewQueue.order")} {...register("sort")}>
          {Object.entries(SORT_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <div className="form-actions queue-filter-actions">
          <Button type="submit" variant="primary">
            {t("reviewQueue.show")}
          </Button>
          <Button variant="link" onClick={resetFilters}>
            {t("reviewQueue.reset")}
          </Button>
        </div>
      </form>

      {loading && !data && <LoadingState label={t("reviewQueue.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && rows.length === 0 && (
        <EmptyState title={t("reviewQueue.emptyTitle")}>
          <p>{t("reviewQueue.emptyText")}</p>
        </EmptyState>
      )}
      {data && rows.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {t("reviewQueue.showing", { shown: rows.length, count: data.applications.totalCount, days: SLA_DAYS })}
          </p>
          <div className="table-scroll" role="region" aria-label={t("reviewQueue.tableLabel")} tabIndex={0}>
            <table className="table queue-table">
              <thead>
                <tr>
                  <th scope="col">{t("reviewQueue.columns.applicant")}</th>
                  <th scope="col">{t("reviewQueue.columns.application")}</th>
                  <th scope="col">{t("reviewQueue.columns.program")}</th>
                  <th scope="col">{t("reviewQueue.columns.status")}</th>
                  <th scope="col">{t("reviewQueue.columns.submitted")}</th>
                  <th scope="col">{t("reviewQueue.columns.waiting")}</th>
                  <th scope="col">{t("reviewQueue.columns.reviewer")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const overdue = isOverdue(row.slaAgeDays);
                  const mine = row.assignee?.id === viewer.id;
                  return (
                    <tr key={row.id} className={overdue ? "row-overdue" : undefined}>
                      <th scope="row">
                        <Link to={paths.admin.application(row.id)}>{personName(row.applicant)}</Link>
                        {row.organization && <span className="cell-sub">{row.organization.name}</span>}
                      </th>
                      <td>
                        {row.certificationType?.name ?? "—"}
                        <span className="cell-sub">{KIND_LABEL[row.kind]}</span>
                      </td>
                      <td>{row.program?.title ?? "—"}</td>
                      <td>
                        <ApplicationStatusBadge status={row.status} />
                      </td>
                      <td>
                        <time dateTime={row.submittedAt ?? undefined}>{formatDate(row.submittedAt)}</time>
                      </td>
                      <td>
                        {row.slaAgeDays === null ? (
                          "—"
                        ) : overdue ? (
                          <span className="sla-overdue">
                            {formatDays(row.slaAgeDays)}
                            <span className="visually-hidden">{t("reviewQueue.overdue", { days: SLA_DAYS })}</span>
                          </span>
                        ) : (
                          formatDays(row.slaAgeDays)
                        )}
                      </td>
                      <td>
                        {row.assignee ? (
                          mine ? (
                            <strong>{t("reviewQueue.you")}</strong>
                          ) : (
                            personName(row.assignee)
                          )
                        ) : (
                          <span className="muted">{t("reviewQueue.nobodyYet")}</span>
                        )}
                        {/* A resubmitted application keeps its reviewer but waits until they start again. */}
                        {(row.status === "SUBMITTED" || (!mine && row.status === "UNDER_REVIEW")) && (
                          <div className="cell-action">
                            <TakeButton application={row} mine={mine} />
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <FormErrors messages={loadMoreError} />
          {data.applications.pageInfo.hasNextPage && (
            <div>
              <Button variant="secondary" onClick={() => void loadMore(data?.applications.pageInfo.endCursor)} pending={loadingMore} pendingLabel={t("common:loadingMore")}>
                {t("common:loadMore")}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
};
