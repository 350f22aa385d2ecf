export * from './build';
export * from './schema';
export * from './reports';
