import { type ClassType, Field, Int, ObjectType } from "type-graphql";
import { badInput } from "./errors";

@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field({ description: "Whether more items follow this page." })
  hasNextPage: boolean;

  @Field({ description: "Whether items precede this page." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item; pass as `after` for the next page." })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Generic Relay connection, as in TypeGraphQL's generic-types example. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge of a ${name} connection.` })
  class Edge {
    @Field({ description: "Opaque cursor of this item." })
    cursor: string;

    @Field(() => nodeType, { description: "The item." })
    node: T;
  }

  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [Edge], { description: "Items of this page." })
    edges: Edge[];

    @Field(() => PageInfo, { description: "Paging information." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "Number of items matching the filter, across all pages." })
    totalCount: number;
  }
  return ConnectionClass;
}

export const MAX_PAGE_SIZE = 100;

/** Offset cursors (opaque base64url); `first` is capped at 100 per SECURITY.md. */
export function pageArgs(first: number | undefined | null, after: string | undefined | null): { limit: number; offset: number } {
  const limit = first ?? 25;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`);
  let offset = 0;
  if (after) {
    const decoded = Buffer.from(after, "base64url").toString("utf8");
    const m = /^o:(\d{1,9})$/.exec(decoded);
    if (!m) throw badInput("after is not a valid cursor");
    offset = Number(m[1]) + 1;
  }
  return { limit, offset };
}

export function toConnection<T>(items: T[], totalCount: number, offset: number): ConnectionShape<T> {
  const edges = items.map((node, i) => ({ cursor: Buffer.from(`o:${offset + i}`).toString("base64url"), node }));
  const pageInfo = new PageInfo();
  pageInfo.hasNextPage = offset + items.length < totalCount;
  pageInfo.hasPreviousPage = offset > 0;
  pageInfo.startCursor = edges[0]?.cursor ?? null;
  pageInfo.endCursor = edges.at(-1)?.cursor ?? null;
  return { edges, pageInfo, totalCount };
}
