// The student primer: five short screens to read before the first meeting. Every fact is cited: the two
// source documents by paragraph, outside facts from the public record with an address to check them.
import type { KitDoc } from './kit-types';
import { RECORD } from './sources';
import type { Citation } from './types';

/** Outside facts the primer needs that the game's content cites nowhere else. */
const UNSC_1173: Citation = {
  record:
    'UN Security Council resolution 1173, 12 June 1998: a ban on Angolan diamonds not controlled through the government’s certificate-of-origin regime, to cut UNITA’s diamond revenue (UK Parliament, written answer of 30 November 1999)',
  url: 'https://api.parliament.uk/historic-hansard/written-answers/1999/nov/30/angola',
};
const UNSC_1306: Citation = {
  record:
    'UN Security Council resolution 1306, 5 July 2000: all states to prohibit imports of rough diamonds from Sierra Leone not certified by its government (UN press release SC/1241)',
  url: 'http://unis.unvienna.org/unis/en/pressrels/2000/sc1241.html',
};
const WDC_STRUCTURE: Citation = {
  record:
    'World Diamond Council, “Structure of the Kimberley Process”: only government participants decide, by consensus; industry and civil society are observers',
  url: 'https://www.worlddiamondcouncil.org/wordpress/structure/',
};
const COUNT_2012: Citation = {
  record:
    'AllAfrica, 4 December 2012: 54 participants representing 80 countries, the European Union counting as one participant',
  url: 'http://allafrica.com/stories/201212041629.html',
};

export const PRIMER: KitDoc = {
  title: 'Student primer: conflict diamonds and the Kimberley Process',
  intro: 'Five short screens to read before the first meeting (about five minutes).',
  pages: [
    {
      heading: '1. What are “conflict diamonds”?',
      paras: [
        {
          text: 'In the 1990s rebel movements in Angola and Sierra Leone paid for their wars by selling rough diamonds from the areas they held.',
          cite: [UNSC_1173, UNSC_1306],
        },
        {
          text: 'The Kimberley Process still defines conflict diamonds as rough diamonds used by rebel movements or their allies to finance conflict aimed at undermining legitimate governments. The words “rebel movements” are what the meeting you will play argues about.',
          cite: [RECORD.coreDefinition],
        },
      ],
    },
    {
      heading: '2. Angola and Sierra Leone',
      paras: [
        {
          text: 'Angola, 1998: the UN Security Council banned Angolan diamonds that did not carry the government’s certificate of origin, to cut off the rebel movement UNITA’s diamond income.',
          cite: [UNSC_1173],
        },
        {
          text: 'Sierra Leone, 2000: the Security Council asked every state to stop importing rough diamonds from Sierra Leone unless the government certified them, because the illicit trade was fuelling the war there.',
          cite: [UNSC_1306],
        },
        {
          text: 'Both bans worked through certificates saying where a diamond came from. That idea became the Kimberley Process.',
          cite: [UNSC_1173, UNSC_1306, RECORD.kimberley2000],
        },
      ],
    },
    {
      heading: '3. From a UN resolution (2000) to a certification scheme (2003)',
      paras: [
        {
          text: 'May 2000: producing and trading countries met in Kimberley, South Africa, and gave the process its name.',
          cite: [RECORD.kimberley2000],
        },
        {
          text: '1 December 2000: the UN General Assembly adopted resolution 55/56 without a vote. It called for a simple and workable international certification scheme for rough diamonds, and it described conflict diamonds as diamonds used by rebel movements.',
          cite: [RECORD.unga5556],
        },
        {
          text: '1 January 2003: the Kimberley Process Certification Scheme came into effect. Every shipment of rough diamonds between members must carry a certificate, and members trade rough diamonds only with each other.',
          cite: [RECORD.kpcsStart2003],
        },
      ],
    },
    {
      heading: '4. Marange: violence without rebels',
      paras: [
        {
          text: 'In October 2008 Zimbabwe’s army took over the Marange diamond fields. Human Rights Watch documented killings and other abuses by the security forces; the civil-society coordinator describes attacks on miners with helicopter gunships and ground troops.',
          cite: [RECORD.hrw2009, { doc: 'zimbabwe-chapter', para: 19 }],
        },
        {
          text: 'Because the abuses came from a government, not from rebels, Marange diamonds did not fit the definition. The Kimberley Process dealt with Zimbabwe over smuggling and weak controls, not over rights.',
          cite: [
            { doc: 'zimbabwe-chapter', para: 19 },
            { doc: 'zimbabwe-chapter', para: 22 },
          ],
        },
        {
          text: 'The Kimberley Process first held back Marange exports (Swakopmund, 2009), then let two operations export under monitoring (Kinshasa, 2011); the Washington plenary of November 2012 ended the special monitoring.',
          cite: [RECORD.swakopmund2009, RECORD.kinshasa2011, RECORD.voaDec2012],
        },
      ],
    },
    {
      heading: '5. Who sits at the table',
      paras: [
        {
          text: 'Participants are governments: after the Washington plenary there were 54 of them, representing 80 countries, because the European Union counts as one.',
          cite: [COUNT_2012],
        },
        {
          text: 'Only participants decide, and they decide by consensus: one objection can stop a decision. The diamond industry (World Diamond Council) and civil society (the KP Civil Society Coalition) are observers: they speak and sit on working groups but cannot block.',
          cite: [WDC_STRUCTURE],
        },
        {
          text: 'Each year a Chair runs an intersessional meeting (for discussion) and a plenary (where decisions are taken). In 2012 the Chair was the United States; in 2013, South Africa.',
          cite: [WDC_STRUCTURE, { doc: 'washington-2012', para: 2 }],
        },
        {
          text: 'In the game you speak for one delegation. Your role card says what it wants, what it will never accept, and who its friends are.',
        },
      ],
    },
  ],
};
