// Plain HTTP calls to /api with the same bearer token the Apollo link sends
// (the token lives in memory only; see session.ts). An expired token is
// refreshed once and the call replayed, like the Apollo refresh link does.
import { currentLanguage } from "./i18n/language";
import { saveBlob } from "./save-file";
import { getAccessToken, notifySessionLost, refreshSession } from "./session";

export type HttpResult = { status: number; body: string };

/** Runs `send` with the current token; on 401 refreshes the session once and tries again. */
export const withAccessToken = async <T extends { status: number }>(send: (token: string | null) => Promise<T>): Promise<T> => {
  const first = await send(getAccessToken());
  if (first.status !== 401) return first;
  const refreshed = await refreshSession();
  if (!refreshed.ok) {
    if (refreshed.reason === "expired") notifySessionLost();
    return first;
  }
  return send(refreshed.accessToken);
};

export type UploadOptions = {
  url: string;
  body: Blob;
  headers: Record<string, string>;
  /** 0–100 while the body is sent. */
  onProgress?: (percent: number) => void;
};

/** POSTs a file with XMLHttpRequest, which (unlike fetch) reports upload progress. */
export const uploadWithProgress = ({ url, body, headers, onProgress }: UploadOptions, token: string | null): Promise<HttpResult> =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.setRequestHeader("Accept-Language", currentLanguage());
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => reject(new Error("network"));
    xhr.onabort = () => reject(new Error("aborted"));
    xhr.send(body);
  });

/** A JSON `{ code, message }` error body, or null when the body is something else. */
export const parseApiError = (body: string): { code: string; message: string } | null => {
  try {
    const value = JSON.parse(body) as { code?: unknown; message?: unknown };
    return typeof value.code === "string" ? { code: value.code, message: typeof value.message === "string" ? value.message : "" } : null;
  } catch {
    return null;
  }
};

/**
 * Downloads a protected file: fetch with the bearer token, then save the blob
 * (saveBlob). The token never appears in a URL.
 */
export const downloadProtectedFile = async (url: string, filename: string): Promise<{ ok: true } | { ok: false; status: number; code?: string; message?: string }> => {
  const response = await withAccessToken((token) =>
    fetch(url, { headers: { "Accept-Language": currentLanguage(), ...(token ? { Authorization: `Bearer ${token}` } : {}) }, credentials: "same-origin" }),
  );
  if (!response.ok) {
    const error = parseApiError(await response.text());
    return { ok: false, status: response.status, code: error?.code, message: error?.message };
  }
  saveBlob(await response.blob(), filename);
  return { ok: true };
};
