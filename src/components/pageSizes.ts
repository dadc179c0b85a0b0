/** The page sizes offered; a table of no more rows than the first has one page and no pagination. */
export const PAGE_SIZES = [10, 20, 50, 100] as const;
