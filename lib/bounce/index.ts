export { classifyBounce, classifyWithBudget, type BudgetedReport } from './pipeline';
export type { BudgetClock, BudgetOptions, BudgetUse } from './budget';
export type * from './types';
export { REASON_IDS, isReasonId, toReasonId } from './reasons/taxonomy';
export { MboxSplitter, readMbox, splitMboxBytes, type MboxItem } from './mbox';
