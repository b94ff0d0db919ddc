import type { CombinedError } from '@urql/core';

/** The server said there is no such public record (or the address cannot name one). */
export function notFound(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND' || e.extensions?.code === 'BAD_USER_INPUT');
}
