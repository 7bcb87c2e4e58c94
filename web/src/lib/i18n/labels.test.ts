import { afterEach, describe, expect, it } from "vitest";
import { STATUS_LABEL } from "@/lib/application-status";
import { formatMoney } from "@/lib/money";
import { passwordRules } from "@/lib/password-policy";
import { loginSchema } from "@/features/auth/schemas/login-schema";
import { CREDENTIAL_STATUS } from "@/features/credentials/utils/credential-labels";
import { changeLanguage } from "./index";

describe("words outside components follow the active language", () => {
  afterEach(() => changeLanguage("en"));

  it("status labels, validation messages and password rules in English, then in Spanish", async () => {
    expect(STATUS_LABEL.UNDER_REVIEW).toBe("Being reviewed");
    expect(CREDENTIAL_STATUS.ACTIVE.label).toBe("Valid");
    expect(loginSchema.safeParse({ email: "", password: "x" }).error?.issues[0]?.message).toBe("Enter your e-mail address");

    await changeLanguage("es");
    expect(STATUS_LABEL.UNDER_REVIEW).toBe("En revisión");
    expect(CREDENTIAL_STATUS.ACTIVE.label).toBe("Vigente");
    expect(loginSchema.safeParse({ email: "", password: "x" }).error?.issues[0]?.message).toBe("Escriba su correo electrónico");
    expect(passwordRules()[0]).toBe("Al menos 12 caracteres (hasta 128).");
    expect(formatMoney(125050)).toBe("$1,250.50");
  });

  it("every status has words in both languages", async () => {
    const english = Object.values(STATUS_LABEL);
    await changeLanguage("es");
    const spanish = Object.values(STATUS_LABEL);
    expect(spanish).toHaveLength(english.length);
    spanish.forEach((word, i) => expect(word).not.toBe(english[i]));
  });
});
