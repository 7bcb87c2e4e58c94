import { Alert } from "@/components/ui/alert";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";

/** What deleting an account means, shown before the person sends a DELETION request. */
export const DeletionWarning = ({ suggestCopy = false }: { suggestCopy?: boolean }) => {
  const t = useT();
  return (
    <Alert tone="warning" title={t("deletion.title")}>
      <ul className="bullet-list">
        <li>{t("deletion.signIn")}</li>
        <li>
          <Trans text={t("deletion.kept")} components={[<strong />]} />
        </li>
        <li>
          {t("deletion.undone")}
          {suggestCopy && t("deletion.copyFirst")}
        </li>
      </ul>
    </Alert>
  );
};
