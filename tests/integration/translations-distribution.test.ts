import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { keysForPublicChange } from '@/lib/cache/story-change';
import { storyKey } from '@/lib/cache/surrogate-keys';
import { env } from '@/lib/env';
import { childSitemapResponse } from '@/lib/sitemaps/responses';
import { getPublishedStory } from '@/lib/stories/public-queries';
import { publishedFamilies } from '@/lib/stories/translation-family';
import { publicPublicationWhere } from '@/lib/stories/visibility';
import { transitionStory } from '@/lib/stories/transition';
import { utcToZonedInput } from '@/lib/time/zoned';
import { translateStory } from '@/lib/translations/mutations';
import { getDistributed, listDistributed } from '@/lib/wire/export/distribution-queries';
import { toNewsml } from '@/lib/wire/export/newsml';
import { storyUri, toNinjs } from '@/lib/wire/export/ninjs';
import { translationsListing } from '@/lib/wire/export/translations';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';
import { newsroomLanguagesForTests, publish, unique, writeTranslation } from '../support/translations';
import { newsmlErrors, ninjsErrors } from '../support/wire-validators';

const SITE = 'https://news.example.com';

describe('translations on the wire: language and the link between siblings', () => {
  newsroomLanguagesForTests('en,ru,de');

  it('ninjs, NewsML-G2, the translations API and webhooks carry the language and the published siblings, as the caller may see them', async () => {
    const [editor, reviewer] = await Promise.all([seedUser('EDITOR'), seedUser('REVIEWER')]);
    const admin = await seedUser('ADMIN');
    await prisma.webhook.create({ data: { url: 'https://partner.example/hook', secret: 's', events: ['story.published'], createdById: admin.id } });
    const english = await saveStoryInput(editor, storyInput({ headline: `Talks in Moscow ${unique()}` }));
    await publish(english.id, editor, reviewer);
    const russian = await translateStory(editor, english.id, 'ru');
    await writeTranslation(editor, russian.id, 'Переговоры в Москве', 'ru');
    await publish(russian.id, editor, reviewer);
    // A German translation under embargo: subscribers hear of it, readers do not.
    const german = await translateStory(editor, russian.id, 'de');
    const until = new Date(Math.floor((Date.now() + 3 * 3_600_000) / 1000) * 1000);
    await writeTranslation(editor, german.id, 'Gespräche in Moskau', 'de', { embargoUntil: utcToZonedInput(until, 'Europe/Moscow') });
    // A draft translation is never told of, even to a subscriber.
    expect((await getDistributed(russian.id, { subscriber: true }))!.publication.siblings.map((s) => s.language)).toEqual(['en']);
    await publish(german.id, editor, reviewer);

    const forReader = (await getDistributed(english.id, { subscriber: false }))!;
    expect(forReader.publication.siblings.map((s) => [s.language, s.relation, s.headline])).toEqual([['ru', 'translation', 'Переговоры в Москве']]);
    const ninjs = toNinjs(forReader.publication, SITE);
    expect(ninjsErrors(ninjs)).toEqual([]);
    expect(ninjs.language).toBe('en');
    expect(ninjs.associations).toEqual([
      {
        name: 'translation-ru',
        uri: storyUri(SITE, russian.id),
        type: 'text',
        version: expect.stringMatching(/^\d+$/),
        language: 'ru',
        headlines: [{ role: 'main', contenttype: 'text/plain', value: 'Переговоры в Москве' }],
      },
    ]);
    const xml = toNewsml(forReader.publication, SITE);
    expect(newsmlErrors(xml)).toBe('');
    expect(xml).toContain(
      `<link reluri="https://schema.org/workTranslation" residref="${storyUri(SITE, russian.id)}" version="${ninjs.associations![0]!.version}" contenttype="application/vnd.iptc.g2.newsitem+xml" href="${SITE}/api/v1/stories/${russian.id}/newsml" title="Переговоры в Москве" xml:lang="ru"/>`,
    );

    // The Russian story, seen by a subscriber: the story it was translated from, and the embargoed German one.
    const forSubscriber = (await getDistributed(russian.id, { subscriber: true }))!;
    const russianNinjs = toNinjs(forSubscriber.publication, SITE);
    expect(ninjsErrors(russianNinjs)).toEqual([]);
    expect(russianNinjs.associations!.map((a) => [a.name, a.language, a.embargoed])).toEqual([
      ['translation-de', 'de', until.toISOString()], // with its embargo, as the story itself would be
      ['translatedfrom', 'en', undefined],
    ]);
    const russianXml = toNewsml(forSubscriber.publication, SITE);
    expect(newsmlErrors(russianXml)).toBe('');
    expect(russianXml).toContain('reluri="https://schema.org/translationOfWork"');
    // A NewsML-G2 link cannot carry an embargo: the embargoed German story is left out there.
    expect(russianXml).not.toContain(storyUri(SITE, german.id));
    expect(translationsListing(forSubscriber.publication, SITE).items.map((i) => [i.language, i.embargoed])).toEqual([
      ['de', until.toISOString()],
      ['en', null],
    ]);
    // The German one names its source (Russian) and its family's first story (English) apart.
    const germanNinjs = toNinjs((await getDistributed(german.id, { subscriber: true }))!.publication, SITE);
    expect(germanNinjs.associations!.map((a) => [a.name, a.language])).toEqual([
      ['original', 'en'],
      ['translatedfrom', 'ru'],
    ]);
    // The listing carries them the same way, in one query for the page.
    const listed = (await listDistributed({ subscriber: false })).items.find((p) => p.storyId === russian.id)!;
    expect(listed.siblings.map((s) => [s.language, s.relation])).toEqual([['en', 'source']]);

    // The translations API: relation, page and API addresses.
    expect(translationsListing(forReader.publication, SITE)).toEqual({
      uri: storyUri(SITE, english.id),
      language: 'en',
      items: [
        {
          uri: storyUri(SITE, russian.id),
          id: russian.id,
          language: 'ru',
          relation: 'translation',
          headline: 'Переговоры в Москве',
          version: expect.any(String),
          embargoed: null,
          url: `${SITE}/ru/news/${forSubscriber.publication.slug}`,
          apiUrl: `${SITE}/api/v1/stories/${russian.id}`,
        },
      ],
    });

    // Webhooks say which language.
    const events = await prisma.webhookDelivery.findMany({ where: { event: 'story.published' }, select: { data: true } });
    const told = events.map((e) => e.data as { storyId: string; language: string; translationsUrl: string });
    expect(told.find((e) => e.storyId === russian.id)).toMatchObject({
      language: 'ru',
      url: expect.stringMatching(new RegExp(`/ru/news/${forSubscriber.publication.slug}$`)),
      translationsUrl: expect.stringMatching(new RegExp(`/api/v1/stories/${russian.id}/translations$`)),
    });

    // Killing the original: its translations stand and are still listed for it; they no longer name it.
    await transitionStory(reviewer, { storyId: english.id, action: 'kill', note: 'Withdrawn' });
    const killed = (await getDistributed(english.id, { subscriber: false }))!;
    expect(killed.killed).toBe(true);
    expect(killed.publication.siblings.map((s) => s.language)).toEqual(['ru']);
    const russianAfter = toNinjs((await getDistributed(russian.id, { subscriber: false }))!.publication, SITE);
    expect(russianAfter.associations).toBeUndefined();
  });

  it('a story killed while still under embargo never was for a reader: no canceled item, no translations', async () => {
    const [editor, reviewer] = await Promise.all([seedUser('EDITOR'), seedUser('REVIEWER')]);
    const until = new Date(Math.floor((Date.now() + 3 * 3_600_000) / 1000) * 1000);
    const story = await saveStoryInput(editor, storyInput({ headline: `Embargoed ${unique()}`, embargoUntil: utcToZonedInput(until, 'Europe/Moscow') }));
    await publish(story.id, editor, reviewer);
    await transitionStory(reviewer, { storyId: story.id, action: 'kill', note: 'Pulled before the embargo lifted' });
    expect(await getDistributed(story.id, { subscriber: false })).toBeNull();
    expect((await getDistributed(story.id, { subscriber: true }))!.killed).toBe(true);
    // Nor once the embargo time has passed: it was killed before anyone could read it.
    expect(await getDistributed(story.id, { subscriber: false, now: new Date(until.getTime() + 60_000) })).toBeNull();
  });

  it('a public story page lists its published translations only, and a change to one purges the others’ pages', async () => {
    const [editor, reviewer] = await Promise.all([seedUser('EDITOR'), seedUser('REVIEWER')]);
    const english = await saveStoryInput(editor, storyInput({ headline: `Grain deal ${unique()}` }));
    await publish(english.id, editor, reviewer);
    const russian = await translateStory(editor, english.id, 'ru');
    await writeTranslation(editor, russian.id, 'Зерновая сделка', 'ru');
    const german = await translateStory(editor, english.id, 'de');
    const until = new Date(Math.floor((Date.now() + 3 * 3_600_000) / 1000) * 1000);
    await writeTranslation(editor, german.id, 'Getreideabkommen', 'de', { embargoUntil: utcToZonedInput(until, 'Europe/Moscow') });
    await publish(german.id, editor, reviewer);
    const slugOf = async (id: string) => (await prisma.story.findUniqueOrThrow({ where: { id } })).slug;
    // The Russian draft and the embargoed German story are not for readers yet.
    expect((await getPublishedStory(await slugOf(english.id)))!.translations).toEqual([]);
    await publish(russian.id, editor, reviewer);
    expect((await getPublishedStory(await slugOf(english.id)))!.translations).toMatchObject([
      { language: 'ru', slug: await slugOf(russian.id), headline: 'Зерновая сделка', relation: 'translation', original: false },
    ]);
    expect((await getPublishedStory(await slugOf(russian.id)))!.translations.map((t) => [t.language, t.relation])).toEqual([['en', 'source']]);
    // The story sitemap names the same alternates (and x-default) for each member; never the embargoed German story.
    // Each language's site has its own sitemap; the English site is at the root, the Russian one under /ru.
    const sitemaps = {
      en: await (await childSitemapResponse('en', 'stories-1.xml'))!.text(),
      ru: await (await childSitemapResponse('ru', 'stories-1.xml'))!.text(),
    };
    const site = env().NEWSROOM_SITE_URL.replace(/\/$/, '');
    const [en, ru] = [await slugOf(english.id), await slugOf(russian.id)];
    const address = (language: 'en' | 'ru', slug: string) => `${site}${language === 'en' ? '' : '/ru'}/news/${slug}`;
    const entryFor = (language: 'en' | 'ru', slug: string) =>
      sitemaps[language].slice(sitemaps[language].indexOf(`<loc>${address(language, slug)}</loc>`)).split('</url>')[0]!;
    const link = (hreflang: string, language: 'en' | 'ru', slug: string) =>
      `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${address(language, slug)}"/>`;
    const linksOf = (language: 'en' | 'ru', slug: string) => entryFor(language, slug).match(/<xhtml:link [^>]+\/>/g);
    expect(linksOf('en', en)).toEqual([link('en', 'en', en), link('ru', 'ru', ru), link('x-default', 'en', en)]);
    expect(linksOf('ru', ru)).toEqual([link('ru', 'ru', ru), link('en', 'en', en), link('x-default', 'en', en)]);
    expect(sitemaps.en).not.toContain(`<loc>${address('ru', ru)}</loc>`);
    expect(sitemaps.ru).not.toContain(`<loc>${address('en', en)}</loc>`);
    expect(sitemaps.en).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    for (const sitemap of Object.values(sitemaps)) expect(sitemap).not.toContain(`/news/${await slugOf(german.id)}`);

    // Publishing the Russian story changes the English page (its alternates): the HTTP cache is told to drop both.
    expect(await keysForPublicChange(await slugOf(russian.id))).toEqual(
      expect.arrayContaining([storyKey(await slugOf(russian.id)), storyKey(await slugOf(english.id)), storyKey(await slugOf(german.id))]),
    );
  });

  it('finds families however many a sitemap block asks for (more roots than PostgreSQL takes bind parameters in one query)', async () => {
    const [editor, reviewer] = await Promise.all([seedUser('EDITOR'), seedUser('REVIEWER')]);
    const english = await saveStoryInput(editor, storyInput({ headline: `Wheat exports ${unique()}` }));
    await publish(english.id, editor, reviewer);
    const russian = await translateStory(editor, english.id, 'ru');
    await writeTranslation(editor, russian.id, 'Экспорт пшеницы', 'ru');
    await publish(russian.id, editor, reviewer);
    const absent = Array.from({ length: 40_000 }, () => crypto.randomUUID());
    const families = await publishedFamilies([...absent, english.id, ...absent.slice(0, 10)], publicPublicationWhere());
    expect([...families.keys()]).toEqual([english.id]);
    expect(families.get(english.id)!.map((m) => m.language)).toEqual(['en', 'ru']);
  });
});
