/** Every public surface a story could leak through, as paths on the site. */
export const PUBLIC_LISTS = [
  '/',
  '/?page=2',
  '/section/world',
  '/section/economy',
  '/section/politics',
  '/section/russia',
  '/tag/russia',
  '/tag/moscow',
  '/topic/situation-in-nagorno-karabakh-and-border-regions',
  '/contributors/elena-volkova',
  // The Russian site (/ru).
  '/ru',
  '/ru/section/world',
  '/ru/tag/russia',
  '/ru/contributors/elena-volkova',
];
export const FEEDS = [
  '/rss.xml',
  '/atom.xml',
  '/feed.json',
  '/section/economy/rss.xml',
  '/section/politics/atom.xml',
  '/tag/russia/feed.json',
  '/tag/moscow/rss.xml',
  '/contributors/elena-volkova/rss.xml',
  '/contributors/elena-volkova/atom.xml',
  '/ru/rss.xml',
  '/ru/feed.json',
  '/ru/tag/russia/atom.xml',
];
export const SITEMAPS = [
  '/sitemap.xml',
  '/sitemaps/pages.xml',
  '/sitemaps/stories-1.xml',
  '/sitemap-news.xml',
  '/robots.txt',
  '/ru/sitemap.xml',
  '/ru/sitemaps/pages.xml',
  '/ru/sitemaps/stories-1.xml',
  '/ru/sitemap-news.xml',
];

/** The demo desk's stories readers must never see, by what they must never find. */
export const NON_PUBLIC = [
  { state: 'draft', headline: 'Arctic expedition sets off from Murmansk', slug: 'arctic-expedition-sets-off-from-murmansk', words: 'three-month expedition' },
  {
    state: 'in review',
    headline: 'Foreign ministers to meet in Geneva next week',
    slug: 'foreign-ministers-to-meet-in-geneva-next-week',
    words: 'diplomatic sources',
  },
  { state: 'changes requested', headline: 'Zenit wins the Russian Super Cup', slug: 'zenit-wins-the-russian-super-cup', words: 'Lokomotiv' },
  { state: 'scheduled', headline: 'Parliament to vote on the budget next week', slug: 'parliament-to-vote-on-the-budget-next-week', words: 'federal budget' },
  {
    state: 'approved, not published',
    headline: 'Grain corridor deal extended for 120 days',
    slug: 'grain-corridor-deal-extended-for-120-days',
    words: 'grain corridor',
  },
  {
    state: 'embargoed',
    headline: 'Central bank report embargoed until next month',
    slug: 'central-bank-report-embargoed-until-next-month',
    words: 'annual report',
  },
  { state: 'killed', headline: 'Minsk talks postponed, sources say', slug: 'minsk-talks-postponed-sources-say', words: 'Talks planned in Minsk' },
  { state: 'pending update', headline: 'pending update, not yet reviewed', slug: null, words: 'pending update' },
  // A reviewer's proposed sentence in a published story's working copy: only accepted text goes out.
  { state: 'open suggestion', headline: 'A suggested sentence', slug: null, words: 'not yet accepted by the desk' },
  // And a quote proposed whole in it, a suggestion on a block.
  { state: 'open block suggestion', headline: 'A proposed quote block', slug: null, words: 'held back from readers' },
] as const;
