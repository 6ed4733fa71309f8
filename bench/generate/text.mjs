// @ts-check
import { MONTHS, WEEKDAYS } from './vocabulary.mjs';

/**
 * Fills `{slot}` placeholders; a slot missing from `slots` is a bug, so it throws.
 * @param {string} template
 * @param {Record<string, string | number>} slots
 */
export function fill(template, slots) {
  return template.replace(/\{([^}]+)\}/g, (_, key) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`no value for {${key}} in "${template}"`);
    return String(value);
  });
}

/** @param {string} text */
export const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** @param {string} noun */
export const withArticle = (noun) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** 1240 → "1,240" */
export const formatNumber = (/** @type {number} */ n) => n.toLocaleString('en-US');

/** 48 → "$48 million" */
export const formatCost = (/** @type {number} */ millions) => `$${millions} million`;

/** A day as a UTC date, so time zones never shift it. */
export const day = (/** @type {number} */ year, /** @type {number} */ month, /** @type {number} */ date) => new Date(Date.UTC(year, month, date));

/** @param {Date} date @param {number} months */
export const addMonths = (date, months) => day(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate());

/** @param {Date} date @param {number} days */
export const addDays = (date, days) => day(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days);

/** @param {Date} date → "2021-03-04" */
export const isoDate = (date) => date.toISOString().slice(0, 10);

/** @param {Date} date → "March 4, 2021" */
export const longDate = (date) => `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;

/** @param {Date} date → "Thursday" */
export const weekday = (date) => /** @type {string} */ (WEEKDAYS[date.getUTCDay()]);

/** @param {string} text */
export const countWords = (text) => text.split(/\s+/).filter(Boolean).length;
