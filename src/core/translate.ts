/**
 * The part of `t()` the text helpers need. Both react-i18next 11 (4.20/4.21 consoles) and 16
 * (4.22) satisfy it, unlike either library's own TFunction type. Parameters are preformatted
 * strings, so i18next never applies plural rules to them.
 */
export type Translate = (key: string, options?: Record<string, string>) => string;
