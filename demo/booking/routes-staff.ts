/** Borgerservice's own routes: the day's appointments and the open call-backs. Staff token required. */
import { idShape } from './codes.ts';
import { isoInCopenhagen, localClock } from './copenhagen-time.ts';
import { notFound, readBody } from './http.ts';
import { parseOrThrow, queryOf, type ApiContext, type Route } from './route.ts';

export function staffRoutes({ store, schemas, now }: ApiContext): Route[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/staff\/appointments$/,
      staff: true,
      handle: ({ url }) => {
        const { date = localClock(now()).date } = parseOrThrow(schemas.staffDateQuery, queryOf(url));
        return {
          status: 200,
          json: store.appointmentsOn(date).map((appointment) => ({
            id: appointment.id,
            code: appointment.code,
            service: appointment.service,
            serviceName: appointment.serviceName,
            start: appointment.start,
            end: appointment.end,
            name: appointment.name,
            phone: appointment.phone,
            email: appointment.email,
            note: appointment.note,
          })),
        };
      },
    },
    {
      method: 'GET',
      path: /^\/api\/staff\/callbacks$/,
      staff: true,
      handle: () => ({
        status: 200,
        json: store.openCallbacks().map((callback) => ({
          id: callback.id,
          topic: callback.topic,
          topicLabel: callback.topicLabel,
          window: callback.window,
          windowLabel: callback.windowLabel,
          start: isoInCopenhagen(callback.windowStartMs),
          end: isoInCopenhagen(callback.windowEndMs),
          phone: callback.phone,
          note: callback.note ?? null,
          createdAt: isoInCopenhagen(callback.createdMs),
        })),
      }),
    },
    {
      method: 'POST',
      path: /^\/api\/staff\/callbacks\/([^/]+)\/handled$/,
      staff: true,
      handle: async ({ request, params: [id] }) => {
        await readBody(request); // no body is needed, but one is read (within the limit) and ignored
        if (!idShape.test(id) || !store.markCallbackHandled(id, now())) throw notFound('Opkaldsønsket findes ikke.');
        return { status: 200, json: { id, handled: true } };
      },
    },
  ];
}
