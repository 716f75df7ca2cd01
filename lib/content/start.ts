import type { ContentScriptContext } from '#imports';
import type { WebmailAdapter } from '@/lib/webmail/types';
import { classifyInBackground, recordInBackground, sentMailFailuresInBackground } from './background-client';
import { sidebarPreferences } from './preferences';
import { mountSidebar } from './mount';
import { startBounceSidebar } from './session';

/** Starts the bounce sidebar for one webmail with the real background, storage and UI. */
export function startBounceNavi(ctx: ContentScriptContext, adapter: WebmailAdapter): void {
  startBounceSidebar(ctx, adapter, {
    classify: classifyInBackground,
    record: recordInBackground,
    sentMailFailures: sentMailFailuresInBackground,
    preferences: sidebarPreferences,
    mount: (signal, input) => mountSidebar(ctx, signal, input),
  });
}
