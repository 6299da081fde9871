/**
 * What an audit event means, in words for people: the Activity list and the audit log say
 * "Roman Reviewer sent it back for changes", never "requestChanges".
 */
const SENTENCES: Record<string, { did: string; label: string }> = {
  'story.create': { did: 'created the story', label: 'Created a story' },
  'story.edit': { did: 'reopened it for changes', label: 'Reopened a story for changes' },
  'story.restore': { did: 'restored an earlier revision', label: 'Restored a revision' },
  'story.submit': { did: 'submitted it for review', label: 'Submitted for review' },
  'story.requestChanges': { did: 'sent it back for changes', label: 'Sent back for changes' },
  'story.approve': { did: 'approved it', label: 'Approved' },
  'story.publish': { did: 'published it', label: 'Published' },
  'story.publishNow': { did: 'published it without review', label: 'Published without review' },
  'story.schedule': { did: 'scheduled it', label: 'Scheduled' },
  'story.unschedule': { did: 'took it off the schedule', label: 'Taken off the schedule' },
  'story.kill': { did: 'killed it', label: 'Killed' },
  'story.spike': { did: 'spiked it', label: 'Spiked' },
  'story.unspike': { did: 'restored it from the spike', label: 'Restored from the spike' },
  'story.acceptSuggestion': { did: 'accepted a suggestion', label: 'Accepted a suggestion' },
  'story.rejectSuggestion': { did: 'rejected a suggestion', label: 'Rejected a suggestion' },
  'story.purge': { did: 'purged it from the spike', label: 'Purged from the spike' },
  'tag.create': { did: 'created a tag', label: 'Created a tag' },
  'tag.merge': { did: 'merged two tags', label: 'Merged tags' },
  'tag.delete': { did: 'deleted a tag', label: 'Deleted a tag' },
  'user.create': { did: 'added a user', label: 'Added a user' },
  'user.update': { did: 'changed a user', label: 'Changed a user' },
  'user.unlockSignIn': { did: 'lifted a sign-in hold', label: 'Lifted a sign-in hold' },
  'user.signOutEverywhere': { did: 'signed a user out everywhere', label: 'Signed out everywhere' },
  'apikey.create': { did: 'created an API key', label: 'Created an API key' },
  'apikey.revoke': { did: 'revoked an API key', label: 'Revoked an API key' },
  'webhook.create': { did: 'added a webhook', label: 'Added a webhook' },
  'webhook.enable': { did: 'switched a webhook on', label: 'Switched a webhook on' },
  'webhook.disable': { did: 'switched a webhook off', label: 'Switched a webhook off' },
  'webhook.delete': { did: 'deleted a webhook', label: 'Deleted a webhook' },
  'live.entry': { did: 'posted a live entry', label: 'Posted a live entry' },
  'live.publishEntry': { did: 'published a live entry', label: 'Published a live entry' },
  'live.correctEntry': { did: 'corrected a live entry', label: 'Corrected a live entry' },
  'live.deleteEntry': { did: 'deleted a live entry', label: 'Deleted a live entry' },
  'live.end': { did: 'ended live coverage', label: 'Ended live coverage' },
  'section.create': { did: 'created a section', label: 'Created a section' },
  'section.hide': { did: 'hid a section', label: 'Hid a section' },
  'section.show': { did: 'showed a section again', label: 'Showed a section' },
  'section.delete': { did: 'deleted a section', label: 'Deleted a section' },
  'event.create': { did: 'added an event to the plan', label: 'Added an event' },
  'event.update': { did: 'changed a planned event', label: 'Changed an event' },
  'event.cancel': { did: 'cancelled a planned event', label: 'Cancelled an event' },
  'event.reinstate': { did: 'reinstated a planned event', label: 'Reinstated an event' },
  'event.import': { did: 'imported an iCalendar file', label: 'Imported a calendar' },
  'coverage.create': { did: 'added coverage', label: 'Added coverage' },
  'coverage.update': { did: 'changed coverage', label: 'Changed coverage' },
  'coverage.assign': { did: 'assigned coverage', label: 'Assigned coverage' },
  'coverage.start': { did: 'started the story of a coverage', label: 'Started a coverage story' },
  'coverage.follow': { did: 'moved the coverage with its story', label: 'Coverage followed its story' },
  'coverage.overdue': { did: 'warned that coverage is due and not filed', label: 'Coverage due, not filed' },
  'schedule.missed': { did: 'warned that a scheduled publication was missed', label: 'Missed schedule' },
};

/** Unknown actions still read as words: "story.someThing" → "some thing". */
const spaced = (action: string) =>
  action
    .replace(/^[a-z]+\./, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/** The verb phrase after a person's name: "sent it back for changes". */
export function auditSentence(action: string): string {
  return SENTENCES[action]?.did ?? spaced(action);
}

/** The name of an action in a filter: "Sent back for changes". */
export function auditActionLabel(action: string): string {
  const label = SENTENCES[action]?.label ?? spaced(action);
  return label.charAt(0).toUpperCase() + label.slice(1);
}
