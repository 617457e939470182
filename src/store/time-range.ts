const DAY_MS = 86_400_000;

/** First UTC day (YYYY-MM-DD) of a window of `days` days ending today; null means all time. */
export function startOfRange(now: Date, days: number | undefined): string | null {
  if (days === undefined) return null;
  const whole = Math.max(1, Math.trunc(days));
  return new Date(now.getTime() - (whole - 1) * DAY_MS).toISOString().slice(0, 10);
}

/** Every UTC day from `first` to the day of `now`, inclusive. */
export function listDays(first: string, now: Date): string[] {
  const days: string[] = [];
  const last = now.toISOString().slice(0, 10);
  for (let t = Date.parse(`${first}T00:00:00Z`); ; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > last) break;
    days.push(day);
  }
  return days;
}
