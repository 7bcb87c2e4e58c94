import type { Language as AccountLanguage, ViewerFieldsFragment } from "@ccp/shared";
import { changeLanguage, currentLanguage, hasSavedLanguage, LANGUAGES, type Language } from "./i18n";
import { loadGraphQLFetch } from "./session";

// The account keeps a language too (`User.language`, EN | ES): the server writes the person's e-mails
// in it. The browser's saved choice (`ccp.language`) still decides what this browser shows.

/** "es" → "ES", the GraphQL enum. */
export const toAccountLanguage = (language: Language): AccountLanguage => language.toUpperCase() as AccountLanguage;

/** "ES" → "es"; an unknown value reads English. */
export const fromAccountLanguage = (language: AccountLanguage | string | null | undefined): Language =>
  LANGUAGES.find((l) => l.code === String(language ?? "").toLowerCase())?.code ?? "en";

/**
 * Switches the language in this browser and, for a signed-in person, saves it on the account. Resolves
 * with the updated viewer (null when nobody is signed in); rejects when saving failed (a GraphQLFetchError
 * with the codes, or a network error; the switch itself has happened by then).
 */
export const switchLanguage = async (language: Language, signedIn: boolean): Promise<ViewerFieldsFragment | null> => {
  await changeLanguage(language);
  if (!signedIn) return null;
  const { requestLanguageUpdate } = await loadGraphQLFetch();
  return requestLanguageUpdate(toAccountLanguage(language));
};

/**
 * At sign-in: the account's language, unless this browser has a saved choice (the person picked one
 * here, which wins). Applying it saves it in this browser too.
 */
export const applyAccountLanguage = (viewer: Pick<ViewerFieldsFragment, "language">): Promise<void> | null => {
  if (hasSavedLanguage()) return null;
  const language = fromAccountLanguage(viewer.language);
  return language === currentLanguage() ? null : changeLanguage(language);
};
