// One lint config for the workspace (ESLint 10 flat config + typescript-eslint).
import js from "@eslint/js";
import i18next from "eslint-plugin-i18next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/dist/**", "**/node_modules/**", "shared/src/generated/**", ".data/**", "**/*.d.ts", "e2e/artifacts/**", "bench/results/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
      "no-console": "error",
    },
  },
  {
    files: ["server/**/*.ts"],
    languageOptions: { globals: globals.node },
    rules: {
      // Decorator metadata needs runtime imports of classes used only as types.
      "@typescript-eslint/consistent-type-imports": "off",
      // Security: crypto randomness only in server code (ASVS 11.5.1).
      "no-restricted-properties": ["error", { object: "Math", property: "random", message: "Use node:crypto randomBytes/randomInt." }],
    },
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Every word a person reads on a screen comes from web/src/locales through i18next: text in JSX
    // and the attributes people read or hear (labels, hints, titles, alt text, aria-label).
    files: ["web/src/**/*.tsx"],
    ignores: ["web/src/**/*.test.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": {
            include: ["label", "placeholder", "title", "alt", "aria-label", "aria-description", "hint", "description", "legend", "caption", "confirmLabel", "emptyText", "help", "text", "heading", "pendingLabel"],
          },
          callees: {
            exclude: ["i18n(ext)?", "t", "translate", "require", "register", "watch", "setValue", "getValues", "trigger", "setFocus", "clearErrors", "resetField", "hasErrorCode", "includes", "startsWith", "endsWith"],
          },
          words: { exclude: ["[0-9!-/:-@[-`{-~\\s·—–…×→←↑↓•]+", "[A-Z_-]+", "CareCorePlus", "CareCore", "Plus"] },
        },
      ],
    },
  },
  {
    files: ["**/*.{mjs,cjs,js}", "e2e/**/*.ts", "bench/**/*.{ts,mjs}"],
    languageOptions: { globals: globals.node },
    rules: { "no-console": "off" },
  },
);
