/**
 * Runs `step(0)` … `step(count - 1)`, yielding to the event loop whenever a slice has run for more than `sliceMs`
 * (the clock is read every `checkEvery` steps, not every step), so a long loop on a main thread that keeps
 * answering questions never holds it for long.
 *
 * @example await inSlices(passages.length, (i) => builder.add(passages[i]!, i), 256);
 */
export async function inSlices(
  count: number,
  step: (i: number) => void,
  checkEvery: number,
  sliceMs = 5,
): Promise<void> {
  let sliceEnd = performance.now() + sliceMs;
  for (let i = 0; i < count; i++) {
    step(i);
    if (i % checkEvery === 0 && performance.now() > sliceEnd) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceEnd = performance.now() + sliceMs;
    }
  }
}
