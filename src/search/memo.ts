/**
 * The value `read` gives for `key`, computed once and kept in `memo` until it holds `limit` keys, when it starts
 * afresh: a bounded memo for look-ups that questions repeat (a word's WordNet senses, a term's aliases).
 *
 * @example remember(kinds, 'crackdown', () => kindsOf('crackdown'))
 */
export function remember<T>(memo: Map<string, T>, key: string, read: () => T, limit = 10_000): T {
  if (memo.has(key)) return memo.get(key) as T;
  if (memo.size >= limit) memo.clear();
  const value = read();
  memo.set(key, value);
  return value;
}
