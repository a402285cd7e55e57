/** The citizen's call-back routes: the windows on offer, and asking to be called. */
import { callbackWindows } from './callback-windows.ts';
import { invalid, readJsonObject } from './http.ts';
import { idempotencyKey, keyReused, parseOrThrow, type ApiContext, type Route } from './route.ts';

export function callbackRoutes({ store, municipality, schemas, now }: ApiContext): Route[] {
  const topics = new Map(municipality.callbackTopics.map((topic) => [topic.id, topic.label]));
  return [
    {
      method: 'GET',
      path: /^\/api\/callbacks\/windows$/,
      handle: () => ({
        status: 200,
        json: callbackWindows(municipality.borgerservice, now()).map(({ id, label, start, end }) => ({ id, label, start, end })),
      }),
    },
    {
      method: 'POST',
      path: /^\/api\/callbacks$/,
      rateLimited: true,
      handle: async ({ request }) => {
        const raw = await readJsonObject(request);
        const key = idempotencyKey(request, raw);
        const earlier = store.replayCallback(key);
        if (earlier === 'conflict') throw keyReused();
        if (earlier) return { status: 201, json: earlier };

        const body = parseOrThrow(schemas.callback, raw);
        const at = now();
        const window = callbackWindows(municipality.borgerservice, at).find((candidate) => candidate.id === body.window);
        if (!window) throw invalid({ window: 'Det tidsrum kan ikke længere vælges. Vælg et andet.' });
        const result = store.createCallback({
          topic: body.topic,
          topicLabel: topics.get(body.topic) ?? body.topic,
          window: window.id,
          windowLabel: window.label,
          windowStartMs: window.startMs,
          windowEndMs: window.endMs,
          phone: body.phone,
          note: body.note || undefined,
        }, key, at);
        if (result.outcome === 'conflict') throw keyReused();
        return { status: 201, json: result.receipt };
      },
    },
  ];
}
