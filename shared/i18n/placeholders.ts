/** A text with its `{name}` placeholders filled in; a placeholder with no value is left as it is. */
export const fillPlaceholders = (text: string, vars: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
