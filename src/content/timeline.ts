// From the Kimberley meeting of 2000 to the Johannesburg plenary of 2013, then an epilogue to 2025. Entries the
// fact sheet rates as low-confidence or inferred are marked `uncertain`; unverified claims are left out.
import { RECORD, cite } from './sources';
import type { TimelineEntry } from './types';

export const TIMELINE: readonly TimelineEntry[] = [
  {
    date: '2000-05',
    text: 'Producing and trading states meet in Kimberley, South Africa, to stop rebel armies financing war with diamonds.',
    cite: [RECORD.kimberley2000],
  },
  {
    date: '2000-12-01',
    text: 'The UN General Assembly adopts resolution 55/56 without a vote, calling for a simple and workable certification scheme.',
    cite: [RECORD.unga5556],
  },
  {
    date: '2003-01',
    text: 'The Kimberley Process Certification Scheme comes into effect.',
    cite: [RECORD.kpcsStart2003],
  },
  {
    date: '2003-04',
    text: 'A special plenary in Johannesburg adopts the rules of procedure, except on decision-making.',
    cite: [RECORD.firstPlenary2003],
  },
  {
    date: '2003-10',
    text: 'Sun City plenary (29–31 October), the first of the annual plenaries the communiqués number (Washington 2012 is the tenth): 45 states and the European Community take part.',
    cite: [RECORD.sunCity2003, RECORD.participants2003],
  },
  {
    date: '2006',
    text: 'A diamond rush begins in Marange, eastern Zimbabwe; police operations follow from November.',
    cite: [RECORD.marangeRush],
  },
  {
    date: '2007-11',
    text: 'Brussels plenary under the EU chair: the Republic of Congo is readmitted and the KP starts publishing production and trade statistics.',
    cite: [RECORD.brussels2007],
  },
  {
    date: '2008-10-27',
    text: 'The army takes over the Marange fields; Human Rights Watch reports more than 200 people killed.',
    cite: [RECORD.hrw2009, cite('zimbabwe-chapter', 19)],
  },
  {
    date: '2009-05',
    text: 'Ian Smillie, a founder of the civil-society campaign, leaves the Kimberley Process.',
    cite: [RECORD.smillieQuits, cite('zimbabwe-chapter', 24)],
  },
  {
    date: '2009-06',
    text: 'At the intersessional in Namibia, Zimbabwe denies any killings; Human Rights Watch publishes “Diamonds in the Rough”.',
    cite: [RECORD.rapaport2009],
  },
  {
    date: '2009-06-30',
    text: 'A KP review mission, led by Liberia’s deputy minister, visits Zimbabwe until 4 July and finds it non-compliant.',
    cite: [RECORD.reviewMission2009, cite('zimbabwe-chapter', 21)],
  },
  {
    date: '2009-11',
    text: 'Swakopmund plenary: a Joint Work Plan for Zimbabwe, Marange exports held pending compliance, a KP Monitor appointed.',
    cite: [RECORD.swakopmund2009, cite('zimbabwe-chapter', 6)],
  },
  {
    date: '2010-06',
    text: 'St Petersburg intersessional: no consensus on Marange; a deal for supervised exports and a review mission follows.',
    cite: [RECORD.stPetersburg2010],
  },
  {
    date: '2010-08',
    text: 'A follow-up review mission visits Zimbabwe; two supervised Marange auctions are held in August and September.',
    cite: [RECORD.followUpMission2010, RECORD.icgZimbabwe],
  },
  {
    date: '2010-09',
    text: 'A forensic audit of Marange production and sales leaves stockpiles unverified, according to the civil-society coordinator.',
    cite: [cite('zimbabwe-chapter', 11)],
    uncertain: true,
  },
  {
    date: '2010-11',
    text: 'Jerusalem plenary ends without agreement on Marange.',
    cite: [RECORD.stPetersburg2010],
  },
  {
    date: '2011-03',
    text: 'The Chair, from the DRC, authorises Marange exports on his own; the United States and the EU object.',
    cite: [RECORD.yambaNotice2011, RECORD.yamba2011],
  },
  {
    date: '2011-06',
    text: 'Kinshasa intersessional: no consensus; civil society walks out in a vote of no confidence.',
    cite: [RECORD.cscWalkout2011, RECORD.baird2011],
  },
  {
    date: '2011-11',
    text: 'Kinshasa plenary: exports from two Marange operations allowed under a monitoring team; the Committee on KP Review is created; the United States will chair in 2012.',
    cite: [RECORD.kinshasa2011, cite('washington-2012', 3), cite('zimbabwe-chapter', 25)],
  },
  {
    date: '2011-12-05',
    text: 'Global Witness, a founding member of the coalition, leaves the Kimberley Process.',
    cite: [RECORD.globalWitness2011, cite('zimbabwe-chapter', 24)],
  },
  {
    date: '2012-01',
    text: 'The United States takes the chair for the first time, with South Africa as vice-chair.',
    cite: [RECORD.milovanovicBriefing],
  },
  {
    date: '2012-04',
    text: 'The Committee on KP Review meets in Brussels under Botswana’s chairmanship.',
    cite: [RECORD.ckr2012],
  },
  {
    date: '2012-06',
    text: 'Washington intersessional (4–7 June): the U.S. groundwork definition is laid out; nothing is decided.',
    cite: [cite('washington-2012', 8), cite('washington-2012', 2)],
  },
  {
    date: '2012-08',
    text: 'Cameroon is admitted by written procedure; the Chair circulates a vision statement on an updated definition.',
    cite: [RECORD.communique2012, RECORD.visionStatement],
  },
  {
    date: '2012-11',
    text: 'Washington plenary (27–30 November): no new definition; Marange normalised; the WDC’s one-year support office accepted; Panama, Kazakhstan and Cambodia join; ADPA becomes an observer.',
    cite: [RECORD.communique2012, RECORD.nationalJeweler2012, cite('zimbabwe-chapter', 27)],
  },
  {
    date: '2012-12',
    text: 'The UN General Assembly adopts its annual resolution on conflict diamonds, introduced by the KP Chair.',
    cite: [RECORD.unga2012],
  },
  {
    date: '2013-01',
    text: 'South Africa takes the chair, with China as vice-chair.',
    cite: [RECORD.communique2012, RECORD.bloomberg2013],
  },
  {
    date: '2013-05-23',
    text: 'The Central African Republic is suspended after the Séléka rebels seize power.',
    cite: [RECORD.carSuspended2013],
  },
  {
    date: '2013-06',
    text: 'Kimberley intersessional (4–7 June), in the KP’s tenth year: South Africa urges participants to consider the reform proposals.',
    cite: [RECORD.sanews2013],
  },
  {
    date: '2013-07-01',
    text: 'Croatia joins the European Union, its 28th member; from then the EU delegation represents it in the KP.',
    cite: [RECORD.croatiaEu2013],
  },
  {
    date: '2013-11',
    text: 'Johannesburg plenary (19–22 November): no agreement on the definition or on decision-making; the support office is extended for three years; Mali is admitted; China will chair in 2014.',
    cite: [cite('zimbabwe-chapter', 28), cite('zimbabwe-chapter', 29), RECORD.idexAsm2013, RECORD.mali2013],
  },
  // ------------------------------------------------------------------ epilogue
  {
    date: '2014-11',
    text: 'China chairs the KP; its Guangzhou plenary closes in November.',
    cite: [RECORD.chair2014],
    epilogue: true,
  },
  {
    date: '2017-12',
    text: 'Brisbane plenary under Australia (10–14 December) creates an Ad Hoc Committee on Review and Reform; IMPACT (formerly Partnership Africa Canada) leaves the KP. Decision-making is on the table again: the Diamond Development Initiative proposes seeking consensus first, then a two-thirds vote.',
    cite: [RECORD.brisbane2017, RECORD.communique2017, RECORD.ddi2017],
    epilogue: true,
  },
  {
    date: '2018-11',
    text: 'Brussels plenary under the EU: Canada proposes a definition covering public security forces and private armed groups, backed by civil society and industry; a permanent secretariat is agreed.',
    cite: [RECORD.brussels2018, RECORD.brussels2018Kp],
    epilogue: true,
  },
  {
    date: '2019-11',
    text: 'New Delhi plenary under India: no consensus on an updated definition; the support mechanism is extended.',
    cite: [RECORD.newDelhi2019],
    epilogue: true,
  },
  {
    date: '2020',
    text: 'The intersessional and plenary are cancelled because of COVID-19.',
    cite: [RECORD.covid2020],
    epilogue: true,
  },
  {
    date: '2022-06',
    text: 'Russia, backed by Belarus, the Central African Republic, Kyrgyzstan and Mali, blocks a conflict-diamond discussion; Ukraine proposes widening the definition to government actors.',
    cite: [RECORD.russia2022, RECORD.ukraine2022],
    epilogue: true,
  },
  {
    date: '2022-11',
    text: 'Gaborone plenary under Botswana: a WDC compromise saves the communiqué, and a new review cycle puts the definition first; Botswana will host the secretariat.',
    cite: [RECORD.gaborone2022],
    epilogue: true,
  },
  {
    date: '2023-11',
    text: 'Victoria Falls plenary under Zimbabwe ends, for the first time, without a final communiqué.',
    cite: [RECORD.victoriaFalls2023],
    epilogue: true,
  },
  {
    date: '2024',
    text: 'The permanent secretariat opens in Gaborone; the EU criticises the KP’s inaction on Russian diamonds. After the 2024 plenary the definition is still the Core Document’s of 2003: diamonds used by rebel movements or their allies.',
    cite: [RECORD.secretariat2024, RECORD.eu2024, RECORD.coreDefinition, RECORD.dubai2025],
    epilogue: true,
  },
  {
    date: '2025-05',
    text: 'The United Arab Emirates host the intersessional, apparently still in the chair.',
    cite: [RECORD.uaeChair2025],
    uncertain: true,
    epilogue: true,
  },
  {
    date: '2025-11',
    text: 'Dubai plenary: according to ADPA, its proposal for a broader definition is rejected by Australia, Canada, the EU, Switzerland, Ukraine and the United Kingdom, with the civil-society coalition; the World Diamond Council expresses regret.',
    cite: [RECORD.dubai2025],
    epilogue: true,
  },
];
