/**
 * Runs in the reader's browser, serialised into public pages by LiveScript: it may use
 * nothing but browser globals (no imports, no module scope). One EventSource per page
 * brings the breaking-news banner; on a story page, word of its update, correction or
 * withdrawal; on a live story, its entries as they are published, corrected or deleted. A reader who scrolled down is not moved: new
 * entries wait behind an "N new updates" button.
 */
export function liveClient() {
  if (!('EventSource' in window)) return;
  const region = document.querySelector<HTMLElement>('[data-live-story]');
  const list = region?.querySelector<HTMLElement>('[data-live-entries]') ?? null;
  const more = region?.querySelector<HTMLButtonElement>('[data-live-new]') ?? null;
  const keyEvents = region?.querySelector<HTMLElement>('[data-live-key-events]') ?? null;
  const status = region?.querySelector<HTMLElement>('[data-live-status]') ?? null;
  const empty = region?.querySelector<HTMLElement>('[data-live-empty]') ?? null;
  const banner = document.getElementById('breaking-banner');
  // A story page names its story and the version it shows: the stream says when that changes.
  const article = document.querySelector<HTMLElement>('article[data-story]');
  const slug = region?.dataset.liveStory ?? article?.dataset.story;
  // The site the page is on: its own breaking news.
  let url = `/live/events?site=${encodeURIComponent(banner?.dataset.site ?? '')}`;
  if (slug) url += `&story=${encodeURIComponent(slug)}${region ? `&since=${region.dataset.liveCursor ?? ''}` : ''}`;
  const source = new EventSource(url);
  let waiting: HTMLElement[] = [];

  const parse = (html: string) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content.firstElementChild as HTMLElement;
  };
  const place = (entry: HTMLElement) => {
    if (!list) return;
    const existing = document.getElementById(entry.id);
    if (existing) return existing.replaceWith(entry);
    const pinned = list.querySelectorAll('[data-pinned]');
    const after = entry.dataset.pinned ? null : pinned[pinned.length - 1];
    if (after) after.after(entry);
    else list.prepend(entry);
    if (empty) empty.hidden = true;
  };
  // "N new updates" in the site's language: the page hands over one text per plural form.
  const plural = new Intl.PluralRules(region?.dataset.locale ?? 'en-GB');
  const showWaiting = () => {
    if (!more) return;
    more.hidden = waiting.length === 0;
    const form = plural.select(waiting.length);
    const text = more.dataset[`new${form[0]!.toUpperCase()}${form.slice(1)}`] ?? more.dataset.newOther;
    more.textContent = (text ?? (waiting.length === 1 ? '{n} new update' : '{n} new updates')).replace('{n}', String(waiting.length));
  };
  const scrolledPast = () => !!list && list.getBoundingClientRect().top < 0;
  const setKeyEvent = (data: { id: string; keyEvent: boolean; summary: string; publishedAt: string }, time: string) => {
    if (!keyEvents) return;
    const existing = keyEvents.querySelector(`[data-key-for="${data.id}"]`);
    if (!data.keyEvent) return existing?.remove();
    const item = document.createElement('li');
    item.dataset.keyFor = data.id;
    const link = document.createElement('a');
    link.href = `#entry-${data.id}`;
    link.textContent = `${time} ${data.summary}`;
    item.append(link);
    if (existing) existing.replaceWith(item);
    else keyEvents.prepend(item);
    keyEvents.closest('nav')?.removeAttribute('hidden');
  };

  source.addEventListener('entry', (event) => {
    const data = JSON.parse((event as MessageEvent<string>).data) as { id: string; html: string; keyEvent: boolean; summary: string; publishedAt: string };
    const entry = parse(data.html);
    setKeyEvent(data, entry.querySelector('time')?.textContent ?? '');
    // An entry already waiting (corrected meanwhile) keeps its place in the queue.
    const queued = waiting.findIndex((other) => other.id === entry.id);
    if (queued >= 0) waiting[queued] = entry;
    else if (document.getElementById(entry.id) || !scrolledPast()) place(entry);
    else waiting.push(entry);
    showWaiting();
  });
  source.addEventListener('entry-removed', (event) => {
    const { id } = JSON.parse((event as MessageEvent<string>).data) as { id: string };
    document.getElementById(`entry-${id}`)?.remove();
    keyEvents?.querySelector(`[data-key-for="${id}"]`)?.remove();
    waiting = waiting.filter((queued) => queued.id !== `entry-${id}`);
    showWaiting();
  });
  source.addEventListener('ended', () => {
    if (status) {
      status.textContent = region?.dataset.endedText ?? 'Live coverage has ended';
      status.dataset.ended = 'true';
    }
  });
  more?.addEventListener('click', () => {
    // Oldest first, each placed on top of the last: the newest ends up first, as it would have arrived.
    waiting.forEach(place);
    waiting = [];
    showWaiting();
    list?.scrollIntoView({ block: 'start' });
  });

  // The story itself: a newer version (an update, a correction) is offered with a link; a
  // withdrawal takes the text off the page, as it left every other public surface.
  source.addEventListener('story', (event) => {
    if (!article) return;
    const data = JSON.parse((event as MessageEvent<string>).data) as {
      state: string;
      version?: number;
      updateNumber?: number;
      correction?: string;
      note?: string;
    };
    const notice = document.createElement('div');
    notice.id = 'story-notice';
    if (data.state === 'withdrawn') {
      notice.setAttribute('role', 'alert');
      notice.className = 'story-notice story-withdrawn';
      const heading = document.createElement('h1');
      heading.textContent = article.dataset.withdrawnTitle ?? 'This story has been withdrawn';
      notice.append(heading);
      if (data.note) {
        const note = document.createElement('p');
        note.textContent = data.note;
        notice.append(note);
      }
      const home = document.createElement('a');
      home.href = article.dataset.siteHome ?? '/';
      home.textContent = article.dataset.allNews ?? 'All news';
      notice.append(home);
      article.replaceChildren(notice);
      return;
    }
    if (!data.version || data.version <= Number(article.dataset.storyVersion ?? 0)) return;
    notice.setAttribute('role', 'status');
    notice.className = 'story-notice';
    const text = document.createElement('p');
    const corrected = !!data.correction && data.correction !== (article.dataset.storyCorrection ?? '');
    text.textContent = corrected
      ? (article.dataset.correctionText ?? 'A correction has been published: {note}').replace('{note}', () => data.correction ?? '')
      : data.updateNumber && data.updateNumber > Number(article.dataset.storyUpdate ?? 0)
        ? (article.dataset.updateNumberText ?? 'This story has been updated (UPDATE {n}).').replace('{n}', String(data.updateNumber))
        : (article.dataset.updatedText ?? 'This story has been updated.');
    const latest = document.createElement('a');
    latest.href = location.pathname;
    latest.textContent = article.dataset.readLatest ?? 'Read the latest version';
    notice.append(text, latest);
    document.getElementById('story-notice')?.remove();
    article.prepend(notice);
  });

  const DISMISSED = 'newsroom:dismissed-breaking';
  let hideTimer: number | undefined;
  source.addEventListener('breaking', (event) => {
    if (!banner) return;
    const flash = JSON.parse((event as MessageEvent<string>).data) as { storyId: string; headline: string; url: string; until: string } | null;
    window.clearTimeout(hideTimer);
    let dismissed = '';
    try {
      dismissed = localStorage.getItem(DISMISSED) ?? '';
    } catch {
      /* storage off */
    }
    const remaining = flash ? Date.parse(flash.until) - Date.now() : 0;
    // Not on the story itself, nor on a page that already lists it (the home page, say).
    const shownHere = !!flash && (location.pathname === flash.url || !!document.querySelector(`main a[href="${flash.url}"]`));
    if (!flash || dismissed === flash.storyId || remaining <= 0 || shownHere) {
      banner.hidden = true;
      banner.replaceChildren();
      return;
    }
    const text = document.createElement('p');
    const label = document.createElement('strong');
    label.textContent = banner.dataset.label ?? 'Breaking news: ';
    const link = document.createElement('a');
    link.href = flash.url;
    link.textContent = flash.headline;
    text.append(label, link);
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.textContent = banner.dataset.dismiss ?? 'Dismiss';
    dismiss.addEventListener('click', () => {
      try {
        localStorage.setItem(DISMISSED, flash.storyId);
      } catch {
        /* storage off */
      }
      banner.hidden = true;
    });
    banner.replaceChildren(text, dismiss);
    banner.hidden = false;
    hideTimer = window.setTimeout(
      () => {
        banner.hidden = true;
      },
      Math.min(remaining, 2 ** 31 - 1),
    );
  });
}
