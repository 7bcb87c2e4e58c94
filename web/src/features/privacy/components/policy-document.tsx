import type { PolicyVersionFieldsFragment } from "@ccp/shared";
import { useMemo } from "react";
import { formatDate } from "@/lib/dates";
import { useT } from "@/lib/i18n";
import { formatMonthYear } from "../utils/format-month-year";
import { parsePolicyBody } from "../utils/parse-policy-body";

type PolicyDocumentProps = {
  policy: Pick<PolicyVersionFieldsFragment, "title" | "body" | "effectiveAt" | "version">;
  /** "page" renders the title as the page's h1; "embedded" nests it under an h2. */
  variant?: "page" | "embedded";
  /** A published version that hasn't taken effect yet: shows when it will. */
  upcoming?: boolean;
};

export const PolicyDocument = ({ policy, variant = "page", upcoming = false }: PolicyDocumentProps) => {
  const t = useT();
  const blocks = useMemo(() => parsePolicyBody(policy.body, policy.title), [policy.body, policy.title]);
  const Title = variant === "page" ? "h1" : "h3";
  const Heading = variant === "page" ? "h2" : "h4";
  return (
    <article className={`policy policy-${variant}`}>
      <header className="policy-header">
        <Title className="policy-title">{policy.title}</Title>
        <p className="policy-meta">
          {upcoming
            ? t("policy.takesEffect", { date: formatDate(policy.effectiveAt) })
            : t("policy.lastUpdated", { date: formatMonthYear(policy.effectiveAt) })}{" "}
          · {t("policy.version", { version: policy.version })}
        </p>
      </header>
      {blocks.map((block, index) => {
        const key = `${block.kind}-${index}`;
        if (block.kind === "heading") return <Heading key={key}>{block.text}</Heading>;
        if (block.kind === "list") {
          return (
            <ul key={key}>
              {block.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          );
        }
        return (
          <p key={key}>
            {block.lines.map((line, i) => (
              <span key={i} className="policy-line">
                {line}
              </span>
            ))}
          </p>
        );
      })}
    </article>
  );
};
