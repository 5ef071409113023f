/**
 * One reading of a text for the extractors: its view, the places, operators and parties
 * it names. Each extractor asks for the same text in turn, so the last reading is kept.
 */
import type { Party } from '../../../schema/agreement.ts';
import { readOperators, type OperatorMention } from './operators.ts';
import { readParties } from './parties.ts';
import { readPlaces, type PlaceReading } from './places.ts';
import { viewOf, type TextView } from './text.ts';

export interface TextReading {
  view: TextView;
  places: PlaceReading;
  operators: OperatorMention[];
  parties: Party[];
}

let last: { text: string; reading: TextReading } | undefined;

export function readText(text: string): TextReading {
  if (last?.text === text) return last.reading;
  const view = viewOf(text);
  const places = readPlaces(view);
  const operators = readOperators(view, places);
  const parties = readParties(view, places, operators);
  last = { text, reading: { view, places, operators, parties } };
  return last.reading;
}

export { viewOf } from './text.ts';
export { readTopics } from './topics.ts';
