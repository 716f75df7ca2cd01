import type { GlanceWords } from '../send';

/** The sidebar's whole-send glance, in English (lib/explain/send.ts). */
export const enGlanceWords: GlanceWords = {
  headline: (failed, sentTo) => `${failed} of ${sentTo} recipients did not get it`,
  failedLine: (listed, more) =>
    `Failed: ${listed.map((f) => `${f.address}${f.earlier ? ' (an earlier bounce)' : ''}`).join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  othersLine: (others) =>
    others > 0 ? `The ${others} ${others === 1 ? 'other has' : 'others have'} returned no error so far.` : 'It failed for everyone you sent it to.',
  caveat: (carriers) =>
    `No error is not proof of delivery.${
      carriers > 0 ? ` ${carriers} of the others ${carriers === 1 ? 'is' : 'are'} at a mobile carrier.` : ''
    } Japanese mobile carriers' filters can drop mail without any error (Bounce Navi's toolbar button → "Mail does not arrive, but no error comes back"). Bcc recipients are not counted.`,
};
