import { useMutation, useQuery } from "@apollo/client/react";
import { ReviewSettingsDocument, ReviewSettingsUpdateDocument } from "@ccp/shared";
import { useState } from "react";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorState, LoadingState } from "@/components/ui/states";

/** One switch today: program accreditation needs two different approving reviewers. */
export const ReviewSettingsForm = () => {
  const t = useT("staff");
  const { data, loading, error, refetch } = useQuery(ReviewSettingsDocument, { fetchPolicy: "cache-and-network" });
  const [update] = useMutation(ReviewSettingsUpdateDocument, { refetchQueries: ["ReviewSettings"] });
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  if (loading && !data) return <LoadingState label={t("reviewSettings.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const on = data?.reviewSettings.secondReviewerForPrograms ?? false;

  const toggle = async () => {
    setPending(true);
    setErrors([]);
    setSaved(null);
    try {
      const { data: result } = await update({ variables: { input: { secondReviewerForPrograms: !on } } });
      const payload = result?.reviewSettingsUpdate;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) setErrors(payload.errors.map((e) => e.message));
      else setSaved(payload.settings?.secondReviewerForPrograms ? t("reviewSettings.turnedOn") : t("reviewSettings.turnedOff"));
    } catch (e) {
      setErrors([describeError(e)]);
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="panel stack">
      <h2 className="card-title">{t("reviewSettings.heading")}</h2>
      <p>{t("reviewSettings.text")}</p>
      <FormErrors messages={errors} />
      {saved && <Alert tone="success" title={saved} />}
      <p className="status-line">
        <span className={`status-dot ${on ? "status-on" : "status-off"}`} aria-hidden="true" />
        {on ? t("reviewSettings.on") : t("reviewSettings.off")}
      </p>
      <div>
        <Button
          variant={on ? "secondary" : "primary"}
          onClick={() => void toggle()}
          pending={pending}
          pendingLabel={t("reviewSettings.saving")}
          aria-pressed={on}
        >
          {on ? t("reviewSettings.turnOff") : t("reviewSettings.turnOn")}
        </Button>
      </div>
    </section>
  );
};
