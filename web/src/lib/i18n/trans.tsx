import { cloneElement, Fragment, type ReactElement, type ReactNode } from "react";

type TransProps = {
  /** A translated string with numbered tags: "New here? <0>Create an account</0>." */
  text: string;
  /** The elements the tags stand for, by number; each gets the tag's text as its children. */
  components: readonly ReactElement<{ children?: ReactNode }>[];
};

/**
 * Puts links and emphasis inside a translated sentence, so translators can move them where
 * their language wants them. Tags are numbered and not nested: `<0>…</0>`.
 */
export const Trans = ({ text, components }: TransProps) => (
  <>
    {text.split(/(<\d+>.*?<\/\d+>)/).map((part, index) => {
      const tag = /^<(\d+)>(.*?)<\/\1>$/.exec(part);
      const component = tag ? components[Number(tag[1])] : undefined;
      if (tag && component) return cloneElement(component, { key: index }, tag[2]);
      return <Fragment key={index}>{part}</Fragment>;
    })}
  </>
);
