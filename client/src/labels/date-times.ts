const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

const timeFormat = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'short', timeZone: 'Europe/Paris' });

/** An instant of the API (`DateTime` scalar) as Paris time, e.g. "26 novembre 2026 à 10:30". */
export const formatDateTime = (instant: string): string => dateTimeFormat.format(new Date(instant));

/** The time of day of an instant, Paris time, e.g. "10:30". */
export const formatTime = (instant: string): string => timeFormat.format(new Date(instant));
