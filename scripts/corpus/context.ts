/**
 * The facts one synthetic release is about — a place and its government, the operators, the
 * people, the dates, the topics — and their words in the release's script, as template slots.
 * Every template of the release fills from the same slots, so the release stays consistent:
 * one signing, one place, one date.
 */
import type { OperatorId, PlaceLevel } from '../../src/schema/agreement.ts';
import { ENGLISH_MONTHS } from '../../src/utils/formatDate.ts';
import type { BenchPlace, Script } from './placeIndex.ts';
import type { Random } from './prng.ts';
import { restateSum, yuanOf } from './sums.ts';
import { render, type Slots } from './template.ts';
import type { NamePart, Topic, Vocabulary } from './vocabulary.ts';

const MONTHS = ENGLISH_MONTHS;
/** `Jan` … `Dec`: English month names cut to three letters, as releases abbreviate them. */
const MONTHS_SHORT = ENGLISH_MONTHS.map((month) => month.slice(0, 3));

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface ReleaseContext {
  script: Script;
  place: BenchPlace;
  operators: readonly OperatorId[];
  topics: readonly Topic[];
  signedOn: CalendarDate;
  publishedOn: CalendarDate;
  /** The sum the release states, in yuan. */
  yuan: number;
  /** The text dates the signing only relatively (今天, Recently). */
  relativeDate: boolean;
  slots: Slots;
}

/** What a re-report keeps of the signing it reports: who signed, where, when, and the sum. */
export interface Signing {
  place: BenchPlace;
  operators: readonly OperatorId[];
  signedOn: CalendarDate;
  /** The sum the first release states, in yuan. */
  yuan: number;
}

function pickPlace(random: Random, vocabulary: Vocabulary): BenchPlace {
  const level = random.weighted<PlaceLevel>(vocabulary.levelWeights);
  if (level === 'prefecture' && random.chance(vocabulary.bigCityShare))
    return random.pick(vocabulary.bigCities);
  return random.pick(vocabulary.places.byLevel[level]);
}

function pickOperators(random: Random, vocabulary: Vocabulary): OperatorId[] {
  const first = random.weighted(vocabulary.operatorWeights);
  if (!random.chance(vocabulary.shape.messes.multipleOperators)) return [first];
  const others = (Object.keys(vocabulary.operatorWeights) as OperatorId[]).filter(
    (id) => id !== first,
  );
  return [first, ...random.sample(others, random.int(1, others.length))];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/** The slots a date template may use: {Y} {M} {D} {MM} {DD} {Month} {Mon} {th} {hh} {mi} {ss}. */
export function dateSlots(date: CalendarDate, random: Random): Slots {
  const two = (n: number): string => String(n).padStart(2, '0');
  return {
    Y: String(date.year),
    M: String(date.month),
    D: String(date.day),
    MM: two(date.month),
    DD: two(date.day),
    Month: MONTHS[date.month - 1] as string,
    Mon: MONTHS_SHORT[date.month - 1] as string,
    th: ordinalSuffix(date.day),
    hh: two(random.int(7, 22)),
    mi: two(random.int(0, 59)),
    ss: two(random.int(0, 59)),
  };
}

export function personName(random: Random, vocabulary: Vocabulary, script: Script): string {
  const surname = random.pick(vocabulary.surnames);
  const given: NamePart[] = [random.pick(vocabulary.givenNames)];
  if (random.chance(0.7)) given.push(random.pick(vocabulary.givenNames));
  if (script === 'en') {
    const latinGiven = given.map((part) => part.latin).join('');
    const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
    return `${capitalise(surname.latin)} ${capitalise(latinGiven)}`;
  }
  const key = script === 'zh-Hans' ? 'hans' : 'hant';
  return surname[key] + given.map((part) => part[key]).join('');
}

function joinList(items: readonly string[], script: Script): string {
  if (script !== 'en') return items.join('、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function pickSigningDate(random: Random, vocabulary: Vocabulary): CalendarDate {
  const year = Number(random.weighted(vocabulary.shape.years));
  const month = random.int(1, 12);
  return { year, month, day: random.int(1, daysInMonth(year, month)) };
}

/**
 * The release's facts and words. `reported`: the signing of an earlier release, when this
 * release is another outlet's report of it; else a new signing is drawn.
 */
export function buildContext(
  random: Random,
  vocabulary: Vocabulary,
  script: Script,
  reported?: Signing,
): ReleaseContext {
  const { templates, topics: allTopics, operators: operatorNames } = vocabulary.scripts[script];
  // Drawn in this order whether or not a signing is given, so a new signing's release is the
  // same bytes it was before re-reports existed.
  const place = reported?.place ?? pickPlace(random, vocabulary);
  const province = vocabulary.places.byCode.get(place.provinceCode) as BenchPlace;
  const prefecture = vocabulary.places.byCode.get(place.prefectureCode) as BenchPlace;
  const operators = reported?.operators ?? pickOperators(random, vocabulary);
  const topics = random.sample(allTopics, random.int(3, 5));
  const signedOn = reported?.signedOn ?? pickSigningDate(random, vocabulary);
  const { year } = signedOn;
  // 今天 / 日前 / Recently: the signing is dated only by the publication, which is that day.
  const relative = random.chance(vocabulary.shape.messes.relativeDate);
  const signedTemplate = random.pick(
    relative ? templates.signDates.relative : templates.signDates.absolute,
  );
  const publishedOn =
    relative || random.chance(0.3) ? signedOn : addDays(signedOn, random.int(1, 9));

  const names = (p: BenchPlace) => p.names[script];
  // The branch that signs: a province's for a provincial deal, else the city's.
  const branchLevel =
    place.level === 'province' || prefecture.level === 'province' ? 'province' : 'city';
  const placeSlots: Record<string, string> = {
    place: names(place).short,
    govShort: names(place).full,
    province: names(province).full,
    provinceShort: names(province).short,
    Province: province.names.en.short,
    City: prefecture.names.en.short,
    placeFull: names(prefecture).full,
    provinceAbbr:
      vocabulary.provinceAbbreviations[script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans'][
        place.provinceCode.slice(0, 2)
      ] ?? '',
    govLevel: { province: 'provincial', prefecture: 'municipal', county: 'district' }[place.level],
  };
  // Branch names use the prefecture, so `{place}` in an operator pattern is the prefecture's short name.
  const operatorSlots = { ...placeSlots, place: names(prefecture).short };
  const branchName = (id: OperatorId): string => {
    const forms = operatorNames.get(id);
    if (!forms) throw new Error(`no operator names for ${id} in ${script}`);
    return render(
      random.pick(branchLevel === 'province' ? forms.province : forms.city),
      operatorSlots,
      random,
    );
  };
  const primary = operators[0] as OperatorId;
  const primaryForms = operatorNames.get(primary);
  if (!primaryForms) throw new Error(`no operator names for ${primary} in ${script}`);

  const person = (): string => personName(random, vocabulary, script);
  const topicName = (topic: Topic | undefined): string => (topic ? random.pick(topic.names) : '');
  const slots: Record<string, string> = {
    ...placeSlots,
    gov: governmentName(place, script, random),
    op: random.pick(primaryForms.group),
    opFull: random.chance(0.5) ? random.pick(primaryForms.full) : branchName(primary),
    opBranch: branchName(primary),
    ops: joinList(operators.map(branchName), script),
    topic: topicName(topics[0]),
    topic2: topicName(topics[1]),
    topic3: topicName(topics[2]),
    year: String(year),
    Y: String(publishedOn.year),
    planYear: String(year + random.int(2, 5)),
    govLeader: person(),
    govSigner: person(),
    govHost: person(),
    opLeader: person(),
    opSigner: person(),
    reporter: person(),
    reporter2: person(),
    govLeaderTitle: random.pick(templates.govLeaderTitles[place.level]),
    govSignerTitle: random.pick(templates.govSignerTitles[place.level]),
    govHostTitle: random.pick(templates.govHostTitles[place.level]),
    opLeaderTitle: random.pick(templates.opLeaderTitles),
    opSignerTitle: random.pick(templates.opSignerTitles),
    phone: `0${random.int(10, 999)}-${random.int(6000000, 89999999)}`,
    email: `news@${place.names.en.short.toLowerCase().replace(/[^a-z]/gu, '')}.com.cn`,
  };
  slots['slogan'] = render(random.pick(templates.slogans), slots, random);
  slots['agreementCore'] = templates.agreementCores
    ? render(random.pick(templates.agreementCores), slots, random)
    : '';
  slots['venue'] = render(random.pick(templates.venues), slots, random);
  // Drawn for a re-report too (the same bytes for every other release), then restated.
  const drawnSum = render(random.pick(templates.amounts), slots, random);
  const yuan = reported?.yuan ?? yuanOf(drawnSum);
  slots['amountPhrase'] = reported ? restateSum(yuan, templates.restatedSums) : drawnSum;
  slots['area'] = render(random.pick(templates.areas), slots, random);
  slots['outlet'] = render(random.pick(templates.outlets), slots, random);
  slots['org'] = render(random.pick(vocabulary.scripts[script].chrome.orgs), slots, random);
  const signDate = render(signedTemplate, dateSlots(signedOn, random), random);
  slots['signDate'] = signDate;
  slots['signDateMid'] =
    script === 'en' ? signDate.charAt(0).toLowerCase() + signDate.slice(1) : signDate;
  slots['published'] = render(
    random.pick(templates.publishedDates),
    dateSlots(publishedOn, random),
    random,
  );
  return {
    script,
    place,
    operators,
    topics,
    signedOn,
    publishedOn,
    yuan,
    relativeDate: relative,
    slots,
  };
}

/** How a government names itself: 烟台市人民政府 / 烟台市政府 / the Yantai municipal government. */
function governmentName(place: BenchPlace, script: Script, random: Random): string {
  const { full, short } = place.names[script];
  if (script !== 'en') return random.pick([`${full}人民政府`, `${full}政府`, `${full}人民政府`]);
  const kind =
    place.level === 'county'
      ? (/ (County|District|City|Banner)$/u.exec(full)?.[1] ?? 'county').toLowerCase()
      : place.level === 'province'
        ? 'provincial'
        : 'municipal';
  return random.pick([
    `the ${short} ${kind} government`,
    `${full} People's Government`,
    `the ${full} government`,
  ]);
}
