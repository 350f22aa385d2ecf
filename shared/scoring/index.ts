export * from './item';
export * from './stats';
export * from './tally';
