/** Runs `call` repeatedly for about `budgetMs` (after a warm-up) and returns the mean ms per call. */
export async function meanCallMs(
  call: (i: number) => Promise<unknown>,
  budgetMs = 400,
  maxCalls = 500,
): Promise<number> {
  for (let i = 0; i < 3; i++) await call(i)
  let calls = 0
  const started = performance.now()
  while (calls < maxCalls && (calls < 5 || performance.now() - started < budgetMs)) {
    await call(calls)
    calls++
  }
  return (performance.now() - started) / calls
}
