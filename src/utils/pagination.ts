/** Listings never grow with the archive: at most this many agreements on one page. */
export const PAGE_SIZE = 50;
