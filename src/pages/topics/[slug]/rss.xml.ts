import type { APIContext } from 'astro';
import { type Briefing, loadSite } from '../../../site/load-site.ts';
import type { Topic } from '../../../lib/briefings/topics.ts';
import { t } from '../../../i18n/index.ts';
import { site } from '../../../site.config.ts';
import { rssFeed } from '../../rss.xml.ts';

/** One RSS feed per topic, /topics/<slug>/rss.xml: the topic's newest briefings, full content. */
export async function getStaticPaths() {
  return (await loadSite()).topics.map(({ topic, briefings }) => ({ params: { slug: topic.slug }, props: { topic, briefings } }));
}

export async function GET(context: APIContext) {
  const { topic, briefings } = context.props as { topic: Topic; briefings: Briefing[] };
  return rssFeed(context, {
    title: t('feeds.topicTitle', { site: site.title, topic: topic.label }),
    description: t('feeds.topicDescription', { topic: topic.label, site: site.title }),
    briefings,
  });
}
