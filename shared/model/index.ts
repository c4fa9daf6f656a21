export * from './primitives';
export * from './vocabulary';
export * from './richText';
export * from './conference';
export * from './settings';
export * from './newConference';
export * from './upgrade';
