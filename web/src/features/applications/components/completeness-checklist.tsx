import { useT } from "@/lib/i18n";

type Item = { key: string; label: string; done: boolean; required: boolean };
type State = "done" | "todo" | "optional";

const MARK: Record<State, string> = { done: "✓", todo: "•", optional: "○" };
const stateOf = (item: Item): State => (item.done ? "done" : item.required ? "todo" : "optional");

/**
 * What is in place and what is still missing before the application can be
 * submitted. Recommended items (required: false) don't block submitting.
 */
export const CompletenessChecklist = ({ items }: { items: readonly Item[] }) => {
  const t = useT("applicant");
  const missing = items.filter((item) => item.required && !item.done).length;
  return (
    <section className="checklist-box" aria-labelledby="checklist-title">
      <h3 id="checklist-title" className="checklist-title">
        {missing === 0 ? t("checklist.ready") : t("checklist.toDo", { count: missing })}
      </h3>
      <ul className="checklist">
        {items.map((item) => {
          const state = stateOf(item);
          return (
            <li key={item.key} className={state}>
              <span className="checklist-mark" aria-hidden="true">
                {MARK[state]}
              </span>
              <span>
                {item.label}
                {state === "optional" && <span className="muted">{t("checklist.optional")}</span>}
                <span className="visually-hidden">{t(`checklist.state.${state}`)}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
};
