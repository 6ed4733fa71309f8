/**
 * Reads the measured corpus (tests/corpus/): each text as a teacher would
 * paste it, with the ground truth a person wrote by reading it. The truth
 * files are validated here, so a typo in one fails loudly instead of
 * quietly changing a figure.
 */
import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';
import { z } from 'zod';

export const CORPUS_DIR = path.resolve(__dirname, '../../corpus');

export type Split = 'tune' | 'held-out';

const words = (s: string) => s.trim().split(/\s+/).length;

const quotationSchema = z.strictObject({
  /** 1-based body paragraph where the quotation starts. */
  paragraph: z.number().int().positive(),
  /** An exact stretch of the quoted words, at least four of them. */
  quote: z.string().refine((q) => words(q) >= 4, 'quote: give at least four of the quoted words'),
  /** The name as the article names the person or organisation. */
  speaker: z.string().min(1),
  /** Other names that count as naming the speaker right (never a bare surname). */
  accept: z.array(z.string().min(1)).default([]),
});

/** Attributed quotations of fewer than four words: not counted, not false when asked about. */
const fragmentSchema = z.strictObject({
  paragraph: z.number().int().positive(),
  quote: z.string().min(1),
});

export const truthSchema = z.strictObject({
  source: z.strictObject({ url: z.string().url(), publisher: z.string().min(1), licence: z.string().min(1), shape: z.string().min(1) }),
  title: z.string().min(1),
  byline: z.string().min(1).nullable(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  dek: z.string().min(1).nullable(),
  paragraphs: z.number().int().positive(),
  quotations: z.array(quotationSchema),
  fragments: z.array(fragmentSchema).default([]),
});

export type Truth = z.infer<typeof truthSchema>;
export type TruthQuotation = Truth['quotations'][number];

export interface CorpusText {
  slug: string;
  /** The pasted text, exactly as stored. */
  text: string;
  truth: Truth;
}

/** Every text of a split, in file-name order. */
export function readSplit(split: Split): CorpusText[] {
  const dir = path.join(CORPUS_DIR, split);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const slug = name.slice(0, -'.txt'.length);
      const truthFile = path.join(dir, `${slug}.truth.yaml`);
      const where = path.relative(CORPUS_DIR, truthFile);
      let yaml: unknown;
      try {
        yaml = parse(fs.readFileSync(truthFile, 'utf8'));
      } catch (error) {
        throw new Error(`${where}: ${String(error)}`);
      }
      const parsed = truthSchema.safeParse(yaml);
      if (!parsed.success) throw new Error(`${where}: ${z.prettifyError(parsed.error)}`);
      return { slug, text: fs.readFileSync(path.join(dir, name), 'utf8'), truth: parsed.data };
    });
}
