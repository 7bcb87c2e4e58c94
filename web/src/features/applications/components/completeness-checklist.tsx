type Item = { key: string; label: string; done: boolean };

/** What is in place and what is still missing before the application can be submitted. */
export const CompletenessChecklist = ({ items }: { items: readonly Item[] }) => {
  const missing = items.filter((item) => !item.done).length;
  return (
    <section className="checklist-box" aria-labelledby="checklist-title">
      <h3 id="checklist-title" className="checklist-title">
        {missing === 0 ? "Ready to submit" : `Before you submit: ${missing} ${missing === 1 ? "thing" : "things"} to do`}
      </h3>
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.key} className={item.done ? "done" : "todo"}>
            <span className="checklist-mark" aria-hidden="true">
              {item.done ? "✓" : "•"}
            </span>
            <span>
              {item.label}
              <span className="visually-hidden">{item.done ? " — done" : " — still needed"}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
};
