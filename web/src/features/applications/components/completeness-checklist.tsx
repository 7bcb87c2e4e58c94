type Item = { key: string; label: string; done: boolean; required: boolean };

/**
 * What is in place and what is still missing before the application can be
 * submitted. Recommended items (required: false) don't block submitting.
 */
export const CompletenessChecklist = ({ items }: { items: readonly Item[] }) => {
  const missing = items.filter((item) => item.required && !item.done).length;
  return (
    <section className="checklist-box" aria-labelledby="checklist-title">
      <h3 id="checklist-title" className="checklist-title">
        {missing === 0 ? "Ready to submit" : `Before you submit: ${missing} ${missing === 1 ? "thing" : "things"} to do`}
      </h3>
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.key} className={item.done ? "done" : item.required ? "todo" : "optional"}>
            <span className="checklist-mark" aria-hidden="true">
              {item.done ? "✓" : item.required ? "•" : "○"}
            </span>
            <span>
              {item.label}
              {!item.required && !item.done && <span className="muted"> — optional</span>}
              <span className="visually-hidden">
                {item.done ? " — done" : item.required ? " — still needed" : " — recommended"}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
};
