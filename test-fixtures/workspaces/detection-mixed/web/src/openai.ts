export const reply = (q: string): string => q;
