// List commands fetch every page, or one page when --page-size is given.

export interface Page<T> {
  items: T[];
  nextPageToken: string;
}

export async function collectPages<T>(
  fetchPage: (pageToken: string, pageSize: number) => Promise<Page<T>>,
  pageSize: number | undefined,
  firstPageToken: string,
): Promise<Page<T>> {
  const items: T[] = [];
  let pageToken = firstPageToken;
  let nextPageToken = "";
  do {
    const page = await fetchPage(pageToken, pageSize ?? 1000);
    items.push(...page.items);
    pageToken = nextPageToken = page.nextPageToken;
  } while (pageSize === undefined && pageToken !== "");
  return { items, nextPageToken };
}
