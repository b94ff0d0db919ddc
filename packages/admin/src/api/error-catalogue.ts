import { ERROR_CODES } from '@gongkai/shared';

/** Every code the server may answer with and its Chinese message; fetched on first need (see client.ts). */
export const CATALOGUE: ReadonlyMap<string, string> = new Map(ERROR_CODES.map((e) => [e.code, e.message]));
