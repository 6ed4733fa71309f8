import type { NameChain } from './name-chains';

/**
 * Titles and roles written before a name: a chain keeps only what follows
 * the last of them ("Ukrainian President Volodymyr Zelenskyy" → "Volodymyr
 * Zelenskyy", "NASA Administrator Sean O'Keefe" → "Sean O'Keefe").
 */
const TITLES = new Set(
  `President Vice Prime Minister Premier Chancellor Secretary Undersecretary Secretary-General General Foreign Defense Defence
  Deputy Chief Chairman Chairwoman Chairperson Chair Leader King Queen Prince Princess Emperor Pope Sheikh Mr Mrs Ms Miss Dr
  Prof Professor Sen Senator Rep Representative Congressman Congresswoman Gov Governor Mayor Judge Justice Ambassador Envoy
  Spokesperson Spokesman Spokeswoman Commander Colonel Col Lt Lieutenant Captain Capt Sgt Sergeant Maj Admiral Adm Gen
  Brig Brigadier Cmdr Marshal Corporal Cpl Pvt Sir Dame Lord Lady Rev Reverend Bishop Archbishop Cardinal Rabbi Imam
  Ayatollah Pastor Director Director-General Administrator Commissioner Attorney Adviser Advisor Counselor Counsellor
  Coordinator Superintendent Inspector Sheriff Officer Detective CEO Founder Co-founder President-elect Dean Provost
  Manager Editor Correspondent Scientist Astronaut Economist Analyst Whip`.split(/\s+/),
);

/** Whether a capitalised word is a title or role: "Secretary", "Gen.", "Vice-President". */
export function isTitleWord(word: string): boolean {
  const bare = word.replace(/\.$/, '');
  return TITLES.has(bare) || (bare.includes('-') && bare.split('-').some((part) => TITLES.has(part)));
}

/**
 * A chain without the titles in front of its name, or null when nothing but
 * titles is left. Offsets stay those of the text, so the name is verbatim.
 */
export function withoutTitles(chain: NameChain): NameChain | null {
  const cut = chain.words.map(isTitleWord).lastIndexOf(true);
  if (cut < 0) return chain;
  const kept = chain.words.slice(cut + 1);
  const at = [...chain.text.matchAll(/\S+/g)][cut + 1]?.index;
  if (kept.length === 0 || at === undefined) return null;
  return { ...chain, start: chain.start + at, text: chain.text.slice(at), words: kept };
}
