import type { UseFormRegisterReturn } from "react-hook-form";

export type Choice<T extends string> = { kind: T; title: string; text: string };

type ChoiceCardsProps<T extends string> = {
  legend: string;
  choices: readonly Choice<T>[];
  /** The value chosen now (highlights its card). */
  selected: T | undefined;
  /** react-hook-form's register(...) for the radio group. */
  field: UseFormRegisterReturn;
  error?: string;
};

/** A radio group shown as cards with a title and a line of explanation each. */
export const ChoiceCards = <T extends string>({ legend, choices, selected, field, error }: ChoiceCardsProps<T>) => (
  <fieldset className={["fieldset", error ? "field-invalid" : ""].filter(Boolean).join(" ")}>
    <legend className="field-label-legend">{legend}</legend>
    <div className="choice-list">
      {choices.map((choice) => (
        <label key={choice.kind} className={["choice-card", selected === choice.kind ? "selected" : ""].filter(Boolean).join(" ")}>
          <input type="radio" value={choice.kind} className="choice-radio" {...field} />
          <span className="choice-body">
            <span className="choice-title">{choice.title}</span>
            <span className="choice-text">{choice.text}</span>
          </span>
        </label>
      ))}
    </div>
    {error && <p className="field-error">{error}</p>}
  </fieldset>
);
