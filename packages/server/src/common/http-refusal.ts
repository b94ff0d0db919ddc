import type { FastifyReply } from 'fastify';
import { AppError, CommonError } from './errors.js';

/** For plain HTTP routes (files, printable documents): a refusal as JSON with the matching status; anything else is rethrown. */
export function replyWithRefusal(reply: FastifyReply, e: unknown) {
  if (!(e instanceof AppError)) throw e;
  const code = e.extensions.code as string;
  const status = code === CommonError.UNAUTHENTICATED ? 401 : code === CommonError.FORBIDDEN ? 403 : code === CommonError.NOT_FOUND ? 404 : 400;
  return reply.code(status).send({ code, message: e.message, field: e.extensions.field });
}
