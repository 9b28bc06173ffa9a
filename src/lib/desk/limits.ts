/** What the desk accepts per file: the data files are a few hundred KB at most, so a larger file is a wrong choice. */
export const MAX_BYTES = 5 * 1024 * 1024;
