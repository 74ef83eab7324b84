export { DataAccess, joinVisibleIn, visibleIn, writerIn, type Writer } from './data-access';
export { DataAccessModule } from './data-access.module';
export { SYSTEM, isSystem, readerKey, type Reader } from './reader';
