export * from './cells';
export * from './city-report';
export * from './group';
export * from './labels';
export * from './schema';
export * from './setting-report';
export * from './rows';
