/**
 * Edit distance counting a swap of two neighbouring letters as one edit, as typing slips go ("Palesitnians" is two
 * slips from "Palestinians"), or `max + 1` as soon as it must exceed `max` (most candidates are rejected early).
 */
export function editDistance(a: string, b: string, max: number): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    // A swap reaches back two rows, so only two rows past `max` rule the rest out.
    if (rowMin > max && previousMin > max) return max + 1;
    [before, previous, previousMin] = [previous, current, rowMin];
  }
  return previous[b.length]!;
}
