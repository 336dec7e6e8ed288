// The two source documents the game is drawn from: what they are, whose voice they carry, how many
// paragraphs they have (non-empty lines, counted from 1), which lines are headings or reference-list
// entries (never cited), and our own one-line summary of every passage the content cites.
import type { Citation, DocKey, SourceDocument } from './types';

/** Each document's short name: how every screen and export labels a citation of it. */
export const DOC_LABEL: Readonly<Record<DocKey, string>> = {
  'washington-2012': 'Washington 2012',
  'zimbabwe-chapter': 'Mtisi chapter',
};

/** A citation as a reader meets it: "Washington 2012, para 10", or the public record's own description. */
export function citeLabel(c: Citation): string {
  return 'doc' in c ? `${DOC_LABEL[c.doc]}, para ${c.para}` : c.record;
}

export const SOURCES: Readonly<Record<DocKey, SourceDocument>> = {
  'washington-2012': {
    key: 'washington-2012',
    title: 'Kimberley Process Intercessional Meeting Ends in D.C.',
    author: 'Rapaport News',
    published: '7 June 2012',
    nature:
      'A trade-press news report on the close of the KP intersessional meeting in Washington D.C. It is reported speech: ' +
      'the views are those of the speakers it quotes, the 2012 KP Chair Gillian Milovanovic (United States), Eli Izhakoff ' +
      '(World Diamond Council) and Bernard Taylor (Partnership Africa Canada, for civil society). It also reproduces the ' +
      'U.S. working definition put forward as a basis for discussion (paragraph 8).',
    // 18 non-empty lines; 5 "Conflict Diamonds", 13 "Zimbabwe" and 17 "Building Connections" are section titles.
    paragraphCount: 18,
    headings: [5, 13, 17],
    summaries: {
      1: 'The Washington intersessional closes; the Chair thanks everyone for preparing the November plenary.',
      2: 'The Chair explains that an intersessional is for discussion and hearing outside organisations, not for decisions.',
      3: 'The meeting followed the contentious Kinshasa plenary of November 2011 that let Zimbabwe sell Marange diamonds; delegates praise the Chair’s welcoming tone.',
      4: 'The World Diamond Council’s chairman credits the Chair with ending two years of mistrust over Zimbabwe.',
      6: 'Widening the definition to human rights was the most contested item; the Chair notes resistance from Asian and African countries and says it is not only a Western agenda.',
      7: 'The Chair says the KP itself mandated the review committee and its list of topics, the core definitions included, so the discussion will happen.',
      8: 'Nothing was finalised, but the United States laid down a groundwork definition for future talks (quoted; the report prints “arm conflict”, which the game reads as “armed conflict”).',
      9: 'The Chair says the U.S. text drew on definitions already used by NGOs and others.',
      10: 'The Chair argues a definition should go beyond rebel groups and cover situations the KP has found hard to handle.',
      11: 'To reassure Asian and African countries, the Chair says only systematic, mining-related violence would be covered, not one-off or unrelated incidents.',
      12: 'The Chair argues that a clear, agreed definition lets the KP work routinely and smoothly.',
      14: 'The Chair avoids Zimbabwe’s financial transparency and abuses, saying they are not strictly KP business, though questions should be answered.',
      15: 'Bernard Taylor of Partnership Africa Canada, speaking for civil society, is more outspoken about illicit activity in Zimbabwe.',
      16: 'Taylor says governance is KP business: Zimbabwe’s finance minister complains diamond revenue is not reaching the treasury, and civil society fears the money will fund election violence.',
      18: 'The Chair stresses restoring collegial working relations after two difficult years.',
    },
  },
  'zimbabwe-chapter': {
    key: 'zimbabwe-chapter',
    title: 'The Kimberley Process Dance with Zimbabwe: Strengths and Weaknesses of the KPCS in Zimbabwe',
    author:
      'Shamiso Mtisi, Zimbabwe Environmental Law Association (coordinator of the KP Civil Society Coalition)',
    published: 'late 2013 (after the Johannesburg plenary of November 2013)',
    nature:
      'An advocate’s assessment written by the coordinator of the KP Civil Society Coalition. Its judgements (that the ' +
      'definition is outdated, that the KP ignored evidence, who is to blame) are the coalition’s view, not neutral fact: the ' +
      'game attributes them to the author. Its factual statements about meetings and decisions are cited as the author ' +
      'reports them.',
    // 38 non-empty lines: title, "0 Comments", subtitle, byline and "The story continues" (1–5), section titles (8, 18,
    // 26), the chapter's reference list (31–36) and the web page's comment form (37–38) are not passages.
    paragraphCount: 38,
    headings: [1, 2, 3, 4, 5, 8, 18, 26, 31, 32, 33, 34, 35, 36, 37, 38],
    summaries: {
      6: 'The author credits the KP’s review missions, the Joint Work Plan and the civil-society Local Focal Point with raising awareness and improving monitoring in Marange.',
      7: 'The author thinks KP scrutiny indirectly reduced abuses because security forces feared being reported.',
      9: 'The author introduces the weaknesses of the KP’s handling of Marange.',
      10: 'The author argues the KP could have claimed a human-rights mandate; faced with violence by state forces and private guards it kept to the rebel-only definition, ignoring its own preamble.',
      11: 'The author reports that the forensic audit (September 2010) did not verify 357 118.12 carats seized by police, nor 56 867 carats at Canadile, yet the embargo was lifted.',
      12: 'The author faults the KP for not censuring cash moved outside banking channels, against the Annex II recommendation; the government blamed U.S. sanctions.',
      13: 'The author says the KP ignored development and revenue questions, leaving diamond money to elites and, he alleges, to fund the 2013 elections.',
      14: 'The author says statistics and monitoring reports sit on the private side of the KP website; people want disaggregated, mine-level data and companies refused to disclose it.',
      15: 'The author says some participants, impressed by new infrastructure, missed leakages and weak internal controls that allow smuggling.',
      16: 'The author argues the Zimbabwe case exposed geopolitical divisions and showed that consensus makes controversial decisions slow: three years without resolution.',
      17: 'The author says some participants, especially African governments, did not respect civil society as an equal partner.',
      19: 'The author describes Marange as the modern face of conflict diamonds: army and police violence, then private guards, and calls the definition outdated.',
      20: 'The author reports that some participants argued Marange did not fit the rebel-only definition, while civil society pressed for action.',
      21: 'The author says the 2009 review mission focused on smuggling and controls, but civil-society evidence put abuses by security forces into its report.',
      22: 'The author says the embargo rested on illegal digging and smuggling, not on human rights, and that abuses continued under supervised exports.',
      23: 'The author says state violence led many to call for a redefinition, which many countries opposed as an attempt to stop Zimbabwe trading; reformers were accused of a political agenda.',
      24: 'The author says the failure to adapt frustrated critics: Ian Smillie quit, Global Witness left and Martin Rapaport walked away.',
      25: 'The author reports that the Committee on KP Review tried to redefine conflict diamonds without agreement; its mandate ended in 2013 and an innovations committee was proposed.',
      27: 'The author reports that the Washington Communiqué of November 2012 let Zimbabwe trade like any other country, and that reform talk is now read as being about Zimbabwe.',
      28: 'The author names Zimbabwe, ADPA, China, Russia and South Africa among those who rejected redefinition; the 2013 Johannesburg plenary found no consensus on the definition or on decision-making.',
      29: 'The author says only easy, uncontroversial reforms moved, such as the Administrative Mechanism, the KP’s first office.',
      30: 'The author suggests a parallel OECD track on human-rights due diligence in the precious-stones sector.',
    },
  },
};

/** Short helper for citing a paragraph of a source document. */
export const cite = (doc: DocKey, para: number) => ({ doc, para }) as const;

/**
 * Outside facts (dates, membership, production, recorded positions) from the public record, as compiled in the
 * project's fact sheet with their sources. One place, so every file cites them the same way.
 */
export const RECORD = {
  coreDefinition: {
    record:
      'KP Core Document, Section I, definition of “conflict diamonds”, quoted in full by IDEX Online (17 May 2012)',
    url: 'http://staging-new.idexonline.com/FullArticle?Id=36800',
  },
  corePreamble: {
    record: 'KP Core Document preamble (World Diamond Council copy of the Certification Scheme text)',
    url: 'http://www.worlddiamondcouncil.com/Updated%20documents%202003/KP%20CERTIFICATION%20SCHEME.html',
  },
  unga5556: {
    record: 'UN General Assembly resolution 55/56 (adopted without a vote, 1 December 2000)',
    url: 'https://press.un.org/en/2000/20001201.ga9839.doc.html',
  },
  kpFaq: {
    record: 'Kimberley Process, Frequently Asked Questions (kimberleyprocess.com)',
    url: 'https://www.kimberleyprocess.com/en/faq',
  },
  participants2003: {
    record: 'KP Chair’s Notice, updated participants list of 31 October 2003 (reproduced by Rapaport News)',
    url: 'https://rapaportfairtrade.com/2003/10/31/updated-kp-participants-list/',
  },
  participantsPage: {
    record:
      'Kimberley Process, list of participants and observers (kimberleyprocess.com); admission month approximate',
    url: 'https://www.kimberleyprocess.com/fr/participants-et-observateurs',
  },
  liberia2007: {
    record: 'Rapaport News, “Liberia joins Kimberley Process”, 4 May 2007',
    url: 'https://rapaportfairtrade.com/2007/05/04/liberia-joins-kimberley-process-now-may-export-rough/',
  },
  turkey2007: {
    record: 'Rapaport News, “Turkey becomes KP participant No. 47”, 22 August 2007',
    url: 'https://rapaportfairtrade.com/2007/08/22/turkey-becomes-kp-participant-no-47/',
  },
  brussels2007: {
    record:
      'World Diamond Council summary of the Brussels plenary, 5–8 November 2007 (Congo readmitted; statistics published)',
    url: 'http://diamondfacts.org/index.php?option=com_content&view=article&id=125&Itemid=163&lang=en',
  },
  count2011: {
    record:
      'The Guardian, 5 December 2011: 50 KP participants (the EU counted once); Global Witness withdraws',
    url: 'https://www.theguardian.com/global-development/2011/dec/05/kimberley-process-global-witness-withdraws',
  },
  count2012: {
    record:
      'allAfrica / U.S. State Department, December 2012: 54 participants representing 80 countries after Washington',
    url: 'http://allafrica.com/stories/201212041629.html',
  },
  communique2012: {
    record: 'Final Communiqué of the Tenth KP Plenary, Washington D.C., 30 November 2012',
    url: 'https://www.slideshare.net/DrLendySpires/2012-final-communique-plenary-washington',
  },
  communique2013: {
    record: 'Final Communiqué of the Eleventh KP Plenary, Johannesburg, 22 November 2013',
    url: 'https://public-preview-server.prod.cstreetsandbox.com/2013-final-communique-plenary-session-johannesburg',
  },
  production2012: {
    record: 'KP rough-diamond production statistics for 2012, reported by Rapaport News, 9 July 2013',
    url: 'https://www.diamonds.net/News/NewsItem.aspx?ArticleID=43736',
  },
  trade2011: {
    record:
      'KP rough-diamond trade statistics for 2011 (top exporters and importers), reported by Rubel & Ménasché',
    url: 'https://rubel-menasche.com/en/hausse-production-mondiale-2',
  },
  indiaTrade: {
    record:
      'GJEPC figures reported by fibre2fashion (2012): India’s rough imports, polished exports and jobs',
    url: 'https://www.fibre2fashion.com/industry-article/6367/diamond-trade-versus-human-rights',
  },
  wdcStructure: {
    record:
      'World Diamond Council, “Structure”: only governments decide, by consensus; industry and civil society are observers; chair rotation',
    url: 'https://www.worlddiamondcouncil.org/wordpress/structure/',
  },
  ddi: {
    record:
      'Diamond Development Initiative, “Kimberley Process” page: an independent observer, operational from 2008 (observer month approximate)',
    url: 'http://www.ddiglobal.org/what-we-do/kimberley-process-development-agenda',
  },
  milovanovicBriefing: {
    record:
      'U.S. State Department, special briefing by the 2012 KP Chair Gillian Milovanovic, 3 February 2012',
    url: 'https://2009-2017.state.gov/r/pa/prs/ps/2012/02/183313.htm',
  },
  nationalJeweler2012: {
    record:
      'National Jeweler, December 2012: the KP is not revising the conflict definition this year; talks continue in 2013',
    url: 'http://www.nationaljeweler.com/diamonds/supply/archived.shtml?article=KP-not-revising-conflict-definition-this-year-29958.xml',
  },
  jckNov2012: {
    record: 'JCK, November 2012: the 2012 Chair says the definition will likely not change that year',
    url: 'https://www.jckonline.com/editorial-article/conflict-diamond-definition-likely-wont-change-this-year-kp-chair-says/',
  },
  roughPolishedAsm: {
    record:
      'Rough & Polished, November 2012: the 2012 Chair on the definition and on an administrative support mechanism',
    url: 'https://rough-polished.expert/en/news/70809.html',
  },
  victoriaFalls2012: {
    record:
      'Rough & Polished, November 2012: the Chair at Victoria Falls on site-by-site safeguards and “assist and resolve, not punish”',
    url: 'https://rough-polished.expert/en/news/70468.html',
  },
  proposalLimits: {
    record:
      'allAfrica / U.S. State Department, 31 October 2012: limits built into the Chair’s definition proposal',
    url: 'http://allafrica.com/stories/201211010839.html',
  },
  visionStatement: {
    record:
      'Mining.com, 2012: the Chair’s vision statement on an updated definition (comments due 24 August 2012)',
    url: 'https://mining.com/kimberley-process-in-search-of-new-conflict-diamonds-definition-79848',
  },
  wdcVicenza: {
    record:
      'IDEX Online, 17 May 2012: the World Diamond Council resolution calls the Chair’s proposal a good basis',
    url: 'http://staging-new.idexonline.com/FullArticle?Id=36800',
  },
  evenZohar: {
    record: 'Chaim Even-Zohar, industry analysis of the draft definition, November 2012 (one analyst’s view)',
    url: 'http://www.d4uweb.com/magazine/bk_gems/issue1112.html',
  },
  indiaPosition: {
    record:
      'fibre2fashion (2012): most African and Asian members, India included, resisted a stronger human-rights definition',
    url: 'https://www.fibre2fashion.com/industry-article/6367/diamond-trade-versus-human-rights',
  },
  smillieRussia: {
    record:
      'JCK interview with Ian Smillie, 2009: “The Russians say this is not a human rights organization”',
    url: 'https://www.jckonline.com/editorial-article/interview-with-ian-smillie-why-hes-ditching-the-kimberley-process/',
  },
  russiaOwn2022: {
    record:
      'Devdiscourse, 2022: Russia says it championed the work on the definition for five years while opposing the politicisation of its diamonds',
    url: 'https://www.devdiscourse.com/article/politics/2091208-russia-hits-back-at-attempts-to-politicize-its-diamonds',
  },
  smillieIdc: {
    record:
      'Ian Smillie, Rapaport magazine, 2009 (quoting the 2009 KP Chair Bernhard Esau of Namibia; on the single veto)',
    url: 'https://www.diamonds.net/Magazine/Article.aspx?RDRIssueID=42&ArticleID=28155',
  },
  herald2012: {
    record:
      'The Herald (Harare), 4 June 2012, via Global Policy Forum: Zimbabwe will resist Western moves to redefine conflict diamonds',
    url: 'https://archive.globalpolicy.org/security-council/dark-side-of-natural-resources/diamonds-in-conflict/51681-zimbabwe-delegation-in-us-for-kpcs-meeting.html',
  },
  miningmxSanctions: {
    record:
      'Miningmx, November 2012: South Africa’s minister and Namibia condemn U.S. sanctions over Marange at Victoria Falls',
    url: 'https://www.miningmx.com/?p=19391',
  },
  nhlapoAfrica: {
    record:
      'OSISA session report (2013): the KP Chair Welile Nhlapo on dispelling the view that African minerals are conflict minerals',
    url: 'http://jss.osisa.org/other/global/session-1-kimberley-process-its-role-and-contribution-conflict-free-diamond-industry-af',
  },
  sanews2013: {
    record:
      'SAnews, June 2013: Minister Susan Shabangu at the Kimberley intersessional (reform initiatives; 99% conflict free)',
    url: 'https://sanews.gov.za/south-africa/kimberly-process-reforms-curb-conflict-diamond-trade',
  },
  bloomberg2013: {
    record: 'Bloomberg, 22 November 2013: the Kimberley group meeting fails to define conflict diamonds',
    url: 'http://www.bloomberg.com/news/2013-11-22/kimberley-group-meeting-fails-to-define-conflict-diamonds.html',
  },
  idexAsm2013: {
    record:
      'IDEX Online, November 2013: the WDC’s administrative support mechanism extended for three years; Angola vice-chair',
    url: 'http://idexonline.com/FullArticle?Id=38831',
  },
  asmDecision: {
    record:
      'KP Administrative Decision on the selection and operation of an administrative support mechanism (2012): strictly administrative, no policy work',
    url: 'https://www.slideshare.net/slideshow/administrative-decision-on-selection-engagement-and-operation-of-a-kp-asm/103127962',
  },
  cscOpening2012: {
    record: 'KP Civil Society Coalition opening statement, Washington plenary, November 2012',
    url: 'https://www.slideshare.net/DrLendySpires/2012-plenary-muller-opening-speech',
  },
  voaDec2012: {
    record:
      'Voice of America editorial, December 2012: the U.S. backs updating the definition; Marange monitoring ends',
    url: 'https://editorials.voa.gov/a/working-to-ban-conflict-diamonds/1571489.html',
  },
  ashton2012: {
    record:
      'Spokesperson of EU High Representative Catherine Ashton, 30 November 2012: lifting the Marange measures a positive step',
    url: 'https://denederlandsegrondwet.nl/id/vj51pq5n89zg/nieuws/eu_verwelkomt_kimberley_process?ctx=vhshnf7snxu9&start_ovz=1602',
  },
  baird2011: {
    record:
      'AZoMining, June 2011: Canada’s foreign minister says the Chair’s Marange notice contravened KP rules and procedures',
    url: 'https://azomining.com/News.aspx?newsID=4371',
  },
  yamba2011: {
    record:
      'VOA Zimbabwe, March 2011: Chair Mathieu Yamba (DRC) authorises Marange exports; the EU objects to the lack of due process',
    url: 'https://www.voazimbabwe.com/a/uproar-within-diamond-watchdog-as-chairman-unilaterally-allows-zimbabwe-to-sell-marange-diamonds-118453084/1464108.html',
  },
  yambaNotice2011: {
    record:
      'Rapaport News, 21 March 2011: the 2011 Chair authorises Marange exports; Israel was the 2010 chair',
    url: 'https://rapaportfairtrade.com/2011/03/21/kimberley-process-chair-authorizes-marange-exports/',
  },
  cscWalkout2011: {
    record:
      'Rapaport News, 23 June 2011: Chair Yamba endorses Zimbabwe exports; civil society walks out of the Kinshasa intersessional',
    url: 'https://rapaportfairtrade.com/2011/06/23/yamba-endorses-zim-exports-civil-society-walks-out-of-kp-meeting/',
  },
  kinshasa2011: {
    record:
      'The Retail Jeweler, November 2011: the WDC calls the Kinshasa plenary a success (Marange exports under a monitoring team)',
    url: 'https://theretailjeweler.com/new-noteworthy/2011/11/15/wdc-declares-kimberly-plenary-a-success.html',
  },
  globalWitness2011: {
    record: 'Global Witness news release, 5–6 December 2011: Global Witness leaves the Kimberley Process',
    url: 'http://www.republicofmining.com/2011/12/06/news-release-global-witness-leaves-kimberley-process-calls-for-diamond-trade-to-be-held-accountable/',
  },
  smillieQuits: {
    record:
      'Global Witness, 2009: Ian Smillie leaves the Kimberley Process (“can no longer in good faith contribute to a pretense that failure is success”)',
    url: 'https://www.globalwitness.org/en/archive/global-witness-hails-commitment-veteran-diamond-campaigner/',
  },
  hrw2009: {
    record:
      'Human Rights Watch, “Diamonds in the Rough”, 26 June 2009: the army’s seizure of the Marange fields in October 2008',
    url: 'https://www.hrw.org/report/2009/06/26/diamonds-rough/human-rights-abuses-marange-diamond-fields-zimbabwe',
  },
  rapaport2009: {
    record:
      'Rapaport News, 26 June 2009: Human Rights Watch report contradicts Zimbabwe’s claims (intersessional in Namibia)',
    url: 'https://rapaportfairtrade.com/2009/06/26/human-rights-watch-report-contradicts-zimbabwes-latest-claims/',
  },
  reviewMission2009: {
    record:
      'KP review mission to Zimbabwe, 30 June–4 July 2009, led by Liberia’s deputy minister (Kubatana archive)',
    url: 'http://archive.kubatana.net/html/archive/hr/091029kpcs.asp?range_start=61&sector=DEMGG&year=2009',
  },
  swakopmund2009: {
    record:
      'KP Monitor’s fact-finding report: the Swakopmund plenary (2–5 November 2009) adopts the Joint Work Plan for Zimbabwe',
    url: 'https://vdocuments.mx/kimberley-process-certification-scheme-fact-finding-monitorx27s-fact-finding.html',
  },
  icgZimbabwe: {
    record:
      'International Crisis Group, “Time to rethink the Kimberley Process: the Zimbabwe case” (supervised Marange auctions, 2010)',
    url: 'https://docslib.org/doc/1299046/time-to-rethink-the-kimberley-process-the-zimbabwe-case-international-crisis-group',
  },
  stPetersburg2010: {
    record:
      'Abrasives Union / trade press, 2010: St Petersburg intersessional and Jerusalem plenary without agreement on Marange',
    url: 'http://abrasivesunion.com/information/show_detail/5207',
  },
  ckr2012: {
    record:
      'Kimberley Process, Committee on KPCS Review: first meeting, Brussels, 23–24 April 2012 (Botswana chair, Canada vice-chair)',
    url: 'https://www.kimberleyprocess.com/en/kpcs-review-committee-ckr-09-12',
  },
  carSuspended2013: {
    record:
      'VOA, May 2013: the Central African Republic is suspended from the Kimberley Process after the Séléka coup',
    url: 'https://www.voanews.com/a/central-african-republic-suspended-from-world-diamond-body/1669168.html',
  },
  croatiaEu2013: {
    record: 'EEAS, 1 July 2013: Croatia becomes the 28th member state of the European Union',
    url: 'http://eeas.europa.eu/archives/delegations/ukraine/press_corner/all_news/news/2013/2013_07_01_2_en.htm',
  },
  kimberley2000: {
    record:
      'Encyclopaedic summary of the Kimberley Process: the May 2000 meeting of producing and trading states in Kimberley',
    url: 'https://wikimili.com/en/Kimberley_Process_Certification_Scheme',
  },
  kpcsStart2003: {
    record:
      'TakingITGlobal summary: the Kimberley Process Certification Scheme came into effect on 1 January 2003',
    url: 'https://tigweb.org/themes/diamonds/issues/kimberley',
  },
  chapterByline: {
    record:
      'Byline of “The Kimberley Process Dance with Zimbabwe”: compiled by Shamiso Mtisi, Zimbabwe Environmental Law Association (KPCSC Coordinator)',
    url: 'https://zela.org/the-kimberley-process-dance-with-zimbabwe-3-2/',
  },
  sunCity2003: {
    record:
      'Final Communiqué of the KP plenary, Sun City, 29–31 October 2003: 45 states and the European Community participate',
    url: 'https://public-preview-server.prod.cstreetsandbox.com/2003-final-communique-plenary-session-sun-city/',
  },
  mali2013: {
    record:
      'Maliactu: Mali admitted to the Kimberley Process at the Johannesburg plenary, 19–22 November 2013',
    url: 'https://maliactu.net/processus-de-kimberley-le-mali-admis/',
  },
  attendance2012: {
    record:
      'Final Communiqué of the Tenth KP Plenary, Washington D.C., 30 November 2012: delegations from 39 KP participants attended',
    url: 'https://www.slideshare.net/DrLendySpires/2012-final-communique-plenary-washington',
  },
  milovanovicValerio: {
    record:
      'Greg Valerio’s interview with the 2012 KP Chair Gillian Milovanovic, 16 August 2012 (conflict diamonds a fraction of one percent of trade, against up to 15% in the 1990s)',
    url: 'https://valerio-jewellery.com/2012/08/16/fjas-greg-valerio-talks-to-ambassador-gillian-milovanovic-the-chair-of-the-kimbereley-process/',
  },
  firstPlenary2003: {
    record:
      'World Diamond Council: final communiqué of the special KP plenary, Johannesburg, 28–30 April 2003 (rules of procedure adopted except on decision-making)',
    url: 'http://www.worlddiamondcouncil.com/final-communique.shtml',
  },
  brisbane2017: {
    record:
      'National Jeweler, December 2017: notes on the Brisbane plenary (10–14 December), which creates the Ad Hoc Committee on Review and Reform; IMPACT leaves',
    url: 'https://www.nationaljeweler.com/blog/6145-notes-on-a-plenary',
  },
  communique2017: {
    record:
      'Kimberley Process Communiqué, Brisbane plenary, 10–14 December 2017 (an Ad Hoc Committee on Review and Reform to examine a secretariat and a voluntary multi-donor fund)',
    url: 'https://public-preview-server.prod.cstreetsandbox.com/2017-final-communique-plenary-session-brisbane/',
  },
  ddi2017: {
    record:
      'Diamond Development Initiative, 2017: proposed changes to the KP (seek consensus first, then a two-thirds majority vote; votes for observers)',
    url: 'http://www.ddiglobal.org/news/impact-stories/posts/ddi-proposes-changes-to-the-kimberley-process',
  },
  brussels2018: {
    record: 'KP Civil Society Coalition, November 2018: Canada’s definition proposal at the Brussels plenary',
    url: 'https://www.kpcivilsociety.org/press/kimberley-process-must-progress-reform-talks-on-diamond-violence-or-risk-irrelevance-and-diamond-revenue-losses/',
  },
  brussels2018Kp: {
    record:
      'Kimberley Process, the Brussels plenary of 12–16 November 2018 (administrative decisions including a secretariat)',
    url: 'https://kimberleyprocess.com/news/plenary-took-place-brussels-belgium-12-16-november-2018',
  },
  newDelhi2019: {
    record: 'GJEPC, November 2019: the New Delhi plenary fails to reach consensus on updating the definition',
    url: 'http://www.gjepc.org/news_detail.php?news=kimberley-process-plenary-fails-to-reach-consensus-on-updating-definition-of-conflict-diamonds',
  },
  covid2020: {
    record: 'Trade press (DCLA), 2020: the 2020 intersessional and plenary cancelled because of COVID-19',
    url: 'https://dcla.com.au/tag/blood-diamonds',
  },
  russia2022: {
    record: 'VOA Africa, June 2022: Russia and allies block a conflict-diamond discussion at the KP',
    url: 'https://voaafrica.com/a/russia-allies-block-conflict-diamonds-discussion/6619868.html',
  },
  gaborone2022: {
    record:
      'Mining Index, November 2022: a World Diamond Council proposal breaks the Gaborone ratification impasse',
    url: 'https://www.miningindex.co.zw/2022/11/11/world-diamond-council-proposal-breaks-kimberley-process-ratification-impasse/',
  },
  victoriaFalls2023: {
    record:
      'Russian Ministry of Finance, November 2023: the Victoria Falls plenary ends without a final communiqué',
    url: 'https://minfin.gov.ru/en/press-center/?id_4=38751-comments_by_deputy_rf_finance_minister_alexey_moiseev_on_the_results_of_the_2023_kimberley_process_plenary_meeting_and_the_g7_and_the_eu_sanctions_initiatives',
  },
  secretariat2024: {
    record: 'Yoogems, 2024: the KP permanent secretariat opens in Gaborone',
    url: 'https://yoogems.com/archives/42840',
  },
  eu2024: {
    record: 'Jewellery Canada, November 2024: the EU criticises the KP over inaction on Russian diamonds',
    url: 'https://jewellerycanada.ca/eu-criticises-kimberley-process-over-inaction-on-russian-diamond-trade/',
  },
  dubai2025: {
    record: 'IDEX Online, November 2025: ADPA’s broader definition rejected at the Dubai plenary',
    url: 'http://www.idexonline.com/portal_FullNews.asp?id=50917',
  },
  uaeChair2025: {
    record:
      'UK government, May 2025: the UK attends the KP intersessional hosted by the United Arab Emirates',
    url: 'https://www.wired-gov.net/wg/news.nsf/articles/uk+attends+kimberley+process+intersessional+hosted+by+the+united+arab+emirates+21052025142000?open',
  },
  washingtonDeclaration: {
    record:
      'allAfrica / U.S. State Department, December 2012: the Washington Declaration on artisanal and small-scale diamond mining',
    url: 'http://allafrica.com/stories/201212041629.html',
  },
  marangeRush: {
    record:
      'Human Rights Watch, “Diamonds in the Rough” (2009): the Marange diamond rush and police operations from 2006',
    url: 'https://www.hrw.org/report/2009/06/26/diamonds-rough/human-rights-abuses-marange-diamond-fields-zimbabwe',
  },
  followUpMission2010: {
    record: 'KP follow-up review mission to Zimbabwe, August 2010 (report)',
    url: 'https://docslib.org/download/13934213/kimberley-process-certification-scheme',
  },
  unga2012: {
    record:
      'Diamond Portal, December 2012: the UN General Assembly adopts the annual diamonds resolution introduced by the KP Chair',
    url: 'http://www.diamond-portal.net/articles/united-nations-approves-resolution-conflict-diamonds-milovanovic',
  },
  chair2014: {
    record: 'IDEX Online, November 2013: China to chair the KP in 2014, Angola vice-chair',
    url: 'http://idexonline.com/FullArticle?Id=38831',
  },
  ukraine2022: {
    record: 'VOA Africa, June 2022: Ukraine proposes widening the definition to government actors',
    url: 'https://voaafrica.com/a/russia-allies-block-conflict-diamonds-discussion/6619868.html',
  },
} as const;
