import type { FastifyReply } from 'fastify';
import { AppError, CommonError } from './errors.js';
import { SERVICE_UNAVAILABLE } from './db/transient.js';

/** For plain HTTP routes (files, printable documents): a refusal as JSON with the matching status; anything else is rethrown. */
export function replyWithRefusal(reply: FastifyReply, e: unknown) {
  // a database fault (SERVICE_UNAVAILABLE included) is answered 503 by the app's error handler
  if (!(e instanceof AppError) || e.extensions.code === SERVICE_UNAVAILABLE) throw e;
  const code = e.extensions.code as string;
  const status = code === CommonError.UNAUTHENTICATED ? 401 : code === CommonError.FORBIDDEN ? 403 : code === CommonError.NOT_FOUND ? 404 : 400;
  return reply.code(status).send({ code, message: e.message, field: e.extensions.field });
}
