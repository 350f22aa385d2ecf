import { createMiddleware } from 'hono/factory';
import type { AuthEnv } from '../auth/middleware';
import type { Store } from '../store/types';
import { notFound } from './problem';

/**
 * A draft round is the council's work in progress: to anyone else it does not exist yet (as /me
 * already says), so its report routes answer as for an unknown round.
 */
export const noDraftsUnlessAdmin = (store: Store) =>
  createMiddleware<AuthEnv>(async (c, next) => {
    const waveId = c.req.query('wave');
    if (waveId && c.get('principal').role !== 'admin' && (await store.getWave(waveId))?.status === 'draft') {
      throw notFound('wave.unknown', `There is no survey round "${waveId}". Pick one from the list of rounds.`);
    }
    await next();
  });
