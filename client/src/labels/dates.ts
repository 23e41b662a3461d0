const dayFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date of the API (`Date` scalar, "2028-06-30") as "30 juin 2028". */
export const formatDate = (date: string): string => dayFormat.format(new Date(`${date}T00:00:00Z`));
