export * from './primitives';
export * from './vocabulary';
export * from './richText';
export * from './conference';
export * from './settings';
export * from './fileNamePattern';
export * from './newConference';
export * from './upgrade';
