const unit = (locale: string, value: number, name: 'second' | 'minute', fractionDigits = 0) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits }).format(value);

/** "1.2 sec", "3 min, 5 sec" in the admin's locale ("1,2 sek." in Danish): how long a run took (or has been running). */
export const formatDuration = (startedAt: string, finishedAt: string | null, locale: string, now = Date.now()): string => {
  const ms = Math.max(0, (finishedAt ? Date.parse(finishedAt) : now) - Date.parse(startedAt));
  if (ms < 10_000) return unit(locale, ms / 1000, 'second', 1);
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return unit(locale, seconds, 'second');
  return `${unit(locale, Math.floor(seconds / 60), 'minute')} ${unit(locale, seconds % 60, 'second')}`;
};
