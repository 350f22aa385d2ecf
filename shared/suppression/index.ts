export * from './engine';
export * from './linear';
export * from './threshold';
