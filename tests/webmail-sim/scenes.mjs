// The demo webmail: which fixture page answers at which real URL. Shared by `npm run demo`
// and the end-to-end tests, so what the demo shows is what the tests check.
import fs from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve('tests/fixtures');
export const readFixture = (relativePath) => fs.readFileSync(path.join(FIXTURES, relativePath));

/**
 * @typedef {{ id: string, title: string, url: string, page: string }} Scene
 * @type {Scene[]}
 */
export const DEMO_SCENES = [
  {
    id: 'gmail-address-not-found',
    title: 'Gmail: a bounce in the original conversation (domain typo)',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQfixture0001',
    page: 'html/gmail/conversation-bounce.html',
  },
  {
    id: 'outlook-recipient-not-found',
    title: 'Outlook on the web: an Exchange Online NDR in the reading pane',
    url: 'https://outlook.live.com/mail/0/inbox/id/AAQkAGfixtureConv0002',
    page: 'html/outlook/reading-pane-ndr.html',
  },
];

/** A routing handler answering each scene's document request with its page. */
export function sceneHandler(scenes) {
  return (url, request) => {
    if (request.resourceType() !== 'document') return undefined;
    const scene = scenes.find((s) => {
      const target = new URL(s.url);
      return target.origin === url.origin && target.pathname === url.pathname;
    });
    return scene ? { body: readFixture(scene.page) } : undefined;
  };
}
