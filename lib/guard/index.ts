export { addressProblems, checkRecipient, guardKey } from './check';
export { ADDRESS_PROBLEMS, type AddressProblem, type GuardOptions, type GuardWarning, type GuardWarningKind, type TrackedFacts } from './types';
