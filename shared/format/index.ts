export * from './dates';
export * from './people';
