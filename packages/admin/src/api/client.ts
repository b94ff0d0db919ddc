import { Client, CombinedError, cacheExchange, fetchExchange, mapExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import type { DocumentNode } from 'graphql';
import { shallowRef } from 'vue';
import { t } from '@/i18n';

/** Called when the server says the session is gone (set by the session store). */
let onUnauthenticated: (() => void) | null = null;
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export const client = new Client({
  url: '/graphql',
  // Apollo's CSRF prevention wants a JSON body or this header; the session cookie needs credentials.
  preferGetMethod: false,
  requestPolicy: 'cache-and-network',
  fetchOptions: () => ({
    credentials: 'include',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
  }),
  exchanges: [
    mapExchange({
      onError(error, operation) {
        if (operationName(operation.query) === 'Login') return;
        if (errorCode(error) === 'UNAUTHENTICATED') onUnauthenticated?.();
      },
    }),
    cacheExchange,
    fetchExchange,
  ],
});

/** A refusal from the server, as the UI shows it. */
export interface ApiError {
  code: string;
  /** Chinese message for the user. */
  message: string;
  /** Input field the message is about, when the server names one (last path segment). */
  field?: string;
}

export class ApiFailure extends Error implements ApiError {
  constructor(
    public readonly code: string,
    message: string,
    public readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

function operationName(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}

function errorCode(error: CombinedError): string | undefined {
  const ext = error.graphQLErrors[0]?.extensions as { code?: unknown } | undefined;
  return typeof ext?.code === 'string' ? ext.code : undefined;
}

const CHINESE = /[\u4e00-\u9fa5]/;

/**
 * The catalogue of codes (the shared package's generated list, the largest table of the SPA) is needed
 * only for a refusal without a Chinese message, which is rare: it is fetched then. Reactive, so that a
 * message computed from a query's error is shown in words once it has arrived.
 */
const catalogue = shallowRef<ReadonlyMap<string, string>>();
let catalogueLoad: Promise<void> | undefined;

function loadCatalogue(): Promise<void> {
  catalogueLoad ??= import('./error-catalogue').then(
    (m) => {
      catalogue.value = m.CATALOGUE;
    },
    () => {
      // offline or a new release: the general message stands, and the next refusal tries again
      catalogueLoad = undefined;
    },
  );
  return catalogueLoad;
}

/**
 * The words shown for a refusal: the server's Chinese message; else (a message from a layer that
 * speaks English, or none) the catalogue's message for the code, without its notes for developers
 * (a parenthesis naming a field such as `retryable`); else a general message. Never the raw code.
 */
export function messageFor(code: string, serverMessage: string | undefined): string {
  if (serverMessage && CHINESE.test(serverMessage)) return serverMessage;
  if (!catalogue.value) void loadCatalogue();
  const known = catalogue.value?.get(code);
  if (known) return known.replace(/（[^）]*[A-Za-z][^）]*）/g, '');
  return t('error.unknown');
}

/** messageFor, once the catalogue is here if the message needs it. */
export async function refusalMessage(code: string, serverMessage: string | undefined): Promise<string> {
  if (!(serverMessage && CHINESE.test(serverMessage))) await loadCatalogue();
  return messageFor(code, serverMessage);
}

/** toApiError, once the catalogue is here if the refusal needs it. */
async function refusal(error: CombinedError): Promise<ApiFailure> {
  const message = error.graphQLErrors[0]?.message;
  if (message !== undefined && !CHINESE.test(message)) await loadCatalogue();
  return toApiError(error);
}

export function toApiError(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  if (error instanceof CombinedError) {
    const first = error.graphQLErrors[0];
    if (first) {
      const ext = (first.extensions ?? {}) as { code?: unknown; field?: unknown; requestId?: unknown };
      const code = typeof ext.code === 'string' ? ext.code : 'UNKNOWN';
      const rawField = typeof ext.field === 'string' ? ext.field : undefined;
      const field = rawField ? rawField.split('.').pop() : undefined;
      const message =
        code === 'INTERNAL' || code === 'INTERNAL_SERVER_ERROR'
          ? t('error.internal', { id: typeof ext.requestId === 'string' ? ext.requestId : '-' })
          : messageFor(code, first.message);
      return new ApiFailure(code, message, field);
    }
    if (error.networkError) return new ApiFailure('NETWORK', t('error.network'));
  }
  return new ApiFailure('UNKNOWN', t('error.unknown'));
}

/** Run a query once, fresh from the network; throws ApiFailure. */
export async function query<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data> {
  const result = await client.query(document, variables, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) throw await refusal(result.error);
  if (!result.data) throw new ApiFailure('UNKNOWN', t('error.unknown'));
  return result.data;
}

/** Run a mutation; throws ApiFailure with the server's code, Chinese message and field. */
export async function mutate<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await client.mutation(document, variables).toPromise();
  if (result.error) throw await refusal(result.error);
  if (!result.data) throw new ApiFailure('UNKNOWN', t('error.unknown'));
  return result.data;
}
