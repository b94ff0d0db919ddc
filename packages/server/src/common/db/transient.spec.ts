import { describe, expect, it } from 'vitest';
import { DeadlockException, DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { AppError } from '../errors.js';
import { backoff, dbFault, formatUnavailable, onlyUnavailable, retryable, serviceUnavailable, unavailableOnFault } from './transient.js';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code, severity: 'FATAL' });

describe('transient database faults', () => {
  it('knows a dropped connection by its SQLSTATE', () => {
    for (const code of ['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']) {
      expect(dbFault(pgError(code)), code).toBe('connection');
    }
  });

  it('knows a dropped socket by node’s error code and pg’s messages', () => {
    for (const code of ['ECONNRESET', 'EPIPE', 'ECONNREFUSED']) expect(dbFault(pgError(code)), code).toBe('connection');
    expect(dbFault(new Error('Connection terminated unexpectedly'))).toBe('connection');
    expect(dbFault(new Error('Client has encountered a connection error and is not queryable'))).toBe('connection');
  });

  it('knows serialization failures and deadlocks as conflicts, also as the ORM wraps them', () => {
    expect(dbFault(pgError('40001'))).toBe('conflict');
    expect(dbFault(pgError('40P01'))).toBe('conflict');
    expect(dbFault(new DeadlockException(pgError('40P01')))).toBe('conflict');
    expect(dbFault(new DriverException(pgError('57P01', 'terminating connection due to administrator command')))).toBe('connection');
  });

  it('looks through causes and GraphQL’s wrapping', () => {
    const wrapped = new GraphQLError('failed', { originalError: new Error('outer', { cause: pgError('57P01') }) });
    expect(dbFault(wrapped)).toBe('connection');
  });

  it('knows a pool that gave no connection in time as busy, which is not retried', () => {
    const e = Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' });
    expect(dbFault(e)).toBe('busy');
    expect(retryable('busy')).toBe(false);
    expect(retryable('connection')).toBe(true);
    expect(retryable('conflict')).toBe(true);
  });

  it('leaves every other error alone: constraint violations, syntax errors, a client’s refusal, plain bugs', () => {
    expect(dbFault(new UniqueConstraintViolationException(pgError('23505')))).toBeNull();
    expect(dbFault(pgError('42601'))).toBeNull();
    expect(dbFault(pgError('57014'))).toBeNull(); // query_canceled: a statement timeout is not a lost connection
    expect(dbFault(new AppError('VERSION_CONFLICT', '该记录已被他人修改'))).toBeNull();
    expect(dbFault(new TypeError('x is not a function'))).toBeNull();
    expect(dbFault(undefined)).toBeNull();
    expect(dbFault('Connection terminated unexpectedly')).toBeNull();
  });

  it('survives a cycle of causes', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(dbFault(a)).toBeNull();
  });

  it('backs off exponentially, capped, with jitter', () => {
    for (let i = 0; i < 200; i++) {
      expect(backoff(1)).toBeLessThan(25);
      expect(backoff(3)).toBeLessThan(100);
      expect(backoff(20)).toBeLessThan(400);
      expect(backoff(2)).toBeGreaterThanOrEqual(0);
    }
    const draws = new Set(Array.from({ length: 20 }, () => backoff(4)));
    expect(draws.size).toBeGreaterThan(1);
  });
});

describe('what the client is told', () => {
  it('a raw fault, wrapped by GraphQL, becomes SERVICE_UNAVAILABLE and retryable', () => {
    const error = new GraphQLError('terminating connection', { originalError: pgError('57P01') });
    expect(formatUnavailable({ message: 'x', path: ['createDocument'] }, error)).toEqual({
      message: '系统繁忙，请稍后重试',
      path: ['createDocument'],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    });
  });

  it('a SERVICE_UNAVAILABLE raised while creating the context keeps its code, loses its HTTP hint', () => {
    let thrown: unknown;
    try {
      unavailableOnFault(pgError('08006'));
    } catch (e) {
      thrown = e;
    }
    expect((thrown as AppError).extensions.http).toMatchObject({ status: 503 });
    expect(formatUnavailable({ message: 'x' }, thrown)).toEqual({
      message: '系统繁忙，请稍后重试',
      path: undefined,
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    });
    expect(() => unavailableOnFault(new TypeError('bug'))).toThrow(TypeError);
  });

  it('anything else is left to the rest of formatError', () => {
    expect(formatUnavailable({ message: 'x' }, new GraphQLError('x', { originalError: new TypeError('bug') }))).toBeNull();
    expect(formatUnavailable({ message: 'x' }, new AppError('NOT_FOUND', '不存在'))).toBeNull();
  });

  it('a response is 503 only when every error is SERVICE_UNAVAILABLE', () => {
    const unavailable = { message: 'x', extensions: { ...serviceUnavailable().extensions } };
    expect(onlyUnavailable([unavailable])).toBe(true);
    expect(onlyUnavailable([unavailable, { message: 'y', extensions: { code: 'FORBIDDEN' } }])).toBe(false);
    expect(onlyUnavailable([])).toBe(false);
    expect(onlyUnavailable(undefined)).toBe(false);
  });
});
