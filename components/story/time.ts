const format = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
  timeZone: process.env.NEWSROOM_TIMEZONE ?? 'Europe/Moscow', timeZoneName: 'short',
});

export const formatPublicTime = (date: Date) => format.format(date);
