import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

export interface GraphQLResponse<T> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: (string | number)[] }[];
  headers: Headers;
}

/** Real HTTP against the test server, with a cookie jar for the refresh cookie. */
export class GraphQLTestClient {
  token: string | null = null;
  cookies = new Map<string, string>();
  ip: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>, V = Record<string, unknown>>(
    query: string | TypedDocumentNode<T, V>,
    variables?: V,
    opts: { token?: string | null; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
    const token = opts.token === undefined ? this.token : opts.token;
    if (token) headers.authorization = `Bearer ${token}`;
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: typeof query === "string" ? query : print(query), variables }),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [name, value] = pair.split("=");
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = (await res.json()) as { data?: T; errors?: GraphQLResponse<T>["errors"] };
    return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers };
  }

  /** Get a fresh access token through the refresh cookie (after the test clock moved on). */
  async refresh(): Promise<void> {
    const d = await this.ok<{ authRefresh: { accessToken: string | null } }>("mutation { authRefresh { accessToken } }", undefined);
    if (!d.authRefresh.accessToken) throw new Error("refresh failed");
    this.token = d.authRefresh.accessToken;
  }

  /** Like request, but fails the test on top-level errors. */
  async ok<T = Record<string, unknown>, V = Record<string, unknown>>(query: string | TypedDocumentNode<T, V>, variables?: V): Promise<T> {
    const r = await this.request<T, V>(query, variables);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data;
  }
}
