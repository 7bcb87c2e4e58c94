import { useMutation, useQuery } from "@apollo/client/react";
import { NotificationsDocument, NotificationsMarkReadDocument } from "@ccp/shared";
import { useEffect, useId, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { bellLabel, safeAppLink, unreadBadge } from "../utils/unread";

const POLL_MS = 60_000;

/** The header's bell: unread count, the latest notifications, mark as read. */
export const NotificationsMenu = () => {
  const t = useT("common");
  const navigate = useNavigate();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [marking, setMarking] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { data, loading, error, refetch } = useQuery(NotificationsDocument, {
    variables: { first: 10 },
    pollInterval: POLL_MS,
    fetchPolicy: "cache-and-network",
  });
  const [markRead] = useMutation(NotificationsMarkReadDocument);
  const unread = data?.notifications.unreadCount ?? 0;
  const items = data?.notifications.edges.map((edge) => edge.node) ?? [];

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onClick = (event: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  const mark = async (ids?: string[]) => {
    setErrors([]);
    setMarking(ids?.[0] ?? "all");
    try {
      const { data: result } = await markRead({ variables: { ids } });
      const payload = result?.notificationsMarkRead;
      if (payload?.errors.length) setErrors(payload.errors.map((e) => e.message));
      await refetch();
    } catch (e) {
      setErrors([describeError(e)]);
    } finally {
      setMarking(null);
    }
  };

  const openLink = (id: string, link: string | null, isUnread: boolean) => {
    const target = safeAppLink(link);
    setOpen(false);
    if (isUnread) void mark([id]);
    if (target) void navigate(target);
  };

  return (
    <div className="notif" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="notif-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={bellLabel(unread)}
        onClick={() => setOpen((value) => !value)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="notif-icon">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z" />
        </svg>
        {unread > 0 && (
          <span className="notif-count" aria-hidden="true">
            {unreadBadge(unread)}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} className="notif-panel" role="region" aria-label={t("notifications.title")}>
          <div className="notif-head">
            <p className="notif-title">{t("notifications.title")}</p>
            {unread > 0 && (
              <Button
                variant="link"
                onClick={() => void mark()}
                pending={marking === "all"}
                pendingLabel={t("notifications.marking")}
              >
                {t("notifications.markAll")}
              </Button>
            )}
          </div>
          <FormErrors messages={errors} />
          {loading && !data && <LoadingState label={t("notifications.loading")} />}
          {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
          {data && items.length === 0 && <EmptyState title={t("notifications.empty")} />}
          {items.length > 0 && (
            <ul className="notif-list">
              {items.map((item) => {
                const isUnread = !item.readAt;
                return (
                  <li key={item.id} className={isUnread ? "notif-item unread" : "notif-item"}>
                    <p className="notif-item-title">
                      {isUnread && <span className="visually-hidden">{t("notifications.unread")}</span>}
                      {safeAppLink(item.link) ? (
                        <a
                          href={item.link ?? undefined}
                          onClick={(event) => {
                            event.preventDefault();
                            openLink(item.id, item.link, isUnread);
                          }}
                        >
                          {item.title}
                        </a>
                      ) : (
                        item.title
                      )}
                    </p>
                    <p className="notif-body">{item.body}</p>
                    <p className="notif-meta">
                      <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                      {isUnread && (
                        <Button
                          variant="link"
                          onClick={() => void mark([item.id])}
                          pending={marking === item.id}
                          pendingLabel={t("notifications.marking")}
                        >
                          {t("notifications.markOne")}
                        </Button>
                      )}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
};
