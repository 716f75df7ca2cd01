export { classifyBounce } from './pipeline';
export type * from './types';
export { REASON_IDS, isReasonId, toReasonId } from './reasons/taxonomy';
export { MboxSplitter, readMbox, splitMboxBytes, type MboxItem } from './mbox';
