import { computed, reactive, ref, watch, type WatchSource } from 'vue';
import { useQuery, type UseQueryArgs } from '@urql/vue';
import type { AnyVariables, RequestPolicy, TypedDocumentNode } from '@urql/core';

/** What a list's query is made of: the filters, the search once typing has paused, the page. */
export interface ListPageState<F> {
  filters: F;
  search: string;
  page: number;
  pageSize: number;
}

/**
 * A server-paged list with filters: the search is applied 300 ms after typing stops, any change of
 * a filter (or of `resetPageOn`, e.g. the route's name) goes back to page 1, and `refetch` asks the
 * server again (after an action).
 *
 *   const list = useListPage({
 *     query: UsersDocument,
 *     filters: { search: '', role: '' as Role | '' },
 *     variables: ({ filters, search, page, pageSize }) => ({ filter: { search: search || null, role: filters.role || null }, page, pageSize }),
 *     list: (data) => data.users,
 *   });
 */
export function useListPage<F extends object, Data, Vars extends AnyVariables, Row>(options: {
  query: TypedDocumentNode<Data, Vars>;
  /** The filters when empty (what `reset` goes back to); a `search` field is debounced. */
  filters: F;
  /** Values the page opens with (from the route's query), when not the empty ones. */
  initial?: Partial<F>;
  variables: (state: ListPageState<F>) => Vars;
  list: (data: Data) => { items: readonly Row[]; total: number };
  pageSize?: number;
  resetPageOn?: WatchSource[];
  requestPolicy?: RequestPolicy;
}) {
  const filters = reactive({ ...options.filters, ...options.initial }) as F;
  const searchOf = () => (filters as { search?: string }).search ?? '';
  const appliedSearch = ref(searchOf().trim());
  const page = ref(1);
  const pageSize = ref(options.pageSize ?? 20);

  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(searchOf, (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => (appliedSearch.value = value.trim()), 300);
  });
  const otherFilters = () => Object.entries(filters as Record<string, unknown>).filter(([key]) => key !== 'search');
  watch([() => otherFilters().map(([, v]) => v), appliedSearch, ...(options.resetPageOn ?? [])], () => (page.value = 1), { deep: true });

  const variables = computed(() =>
    options.variables({ filters: filters as F, search: appliedSearch.value, page: page.value, pageSize: pageSize.value }),
  );
  const result = useQuery<Data, Vars>({
    query: options.query,
    variables,
    requestPolicy: options.requestPolicy ?? 'cache-and-network',
  } as UseQueryArgs<Data, Vars>);
  const listed = computed(() => (result.data.value ? options.list(result.data.value as Data) : null));
  const rows = computed(() => (listed.value?.items ?? []) as Row[]);
  const total = computed(() => listed.value?.total ?? 0);
  const refetch = () => result.executeQuery({ requestPolicy: 'network-only' });

  /** Back to the empty filters (and the search at once). */
  function reset(): void {
    Object.assign(filters as object, options.filters);
    clearTimeout(timer);
    appliedSearch.value = '';
  }

  /** Whether any filter differs from the page's empty one: an empty list then says the filters found nothing. */
  const filtered = computed(
    () =>
      appliedSearch.value !== '' ||
      otherFilters().some(([key, v]) => JSON.stringify(v) !== JSON.stringify((options.filters as Record<string, unknown>)[key])),
  );
  return { filters, appliedSearch, page, pageSize, variables, result, rows, total, refetch, reset, filtered };
}
