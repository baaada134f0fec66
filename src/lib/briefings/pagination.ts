/** A page of a paginated listing. */
export interface ListingPage<T> {
  items: T[];
  /** 1-based page number. */
  number: number;
  total: number;
}

/** Splits a list into pages of `size` items; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): ListingPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), number: i + 1, total }));
}
