export * from './model';
export * from './buildDocuments';
export * from './fileNames';
