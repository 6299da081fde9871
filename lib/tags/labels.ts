export const TAG_KIND_NAMES = { PERSON: 'Person', ORGANISATION: 'Organisation', PLACE: 'Place', SUBJECT: 'Subject' } as const;
