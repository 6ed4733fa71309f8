// @ts-check
/**
 * Invented names and places for generated articles. None is meant to be a
 * real person; every word is one token, so a name is always two words.
 */

export const FIRST_NAMES = [
  'Amara', 'Bilal', 'Carmen', 'Declan', 'Esther', 'Farid', 'Greta', 'Hamish', 'Ines', 'Jonah',
  'Keiko', 'Lorcan', 'Maribel', 'Nikhil', 'Odile', 'Pavel', 'Quentin', 'Rosalind', 'Soren', 'Talia',
  'Ulrich', 'Valeria', 'Wendell', 'Ximena', 'Yusuf', 'Zofia', 'Anselm', 'Beatriz', 'Cosmo', 'Delphine',
  'Emeka', 'Freya', 'Gideon', 'Hana', 'Idris', 'Jolene', 'Kwame', 'Lucia', 'Matthias', 'Nadia',
];

export const LAST_NAMES = [
  'Abernathy', 'Brannigan', 'Castellano', 'Delacroix', 'Eriksen', 'Fairweather', 'Galloway', 'Hollis', 'Iwasaki', 'Jablonski',
  'Kowalczyk', 'Lindqvist', 'Mbeki', 'Nakamura', 'Okonkwo', 'Pemberton', 'Quintero', 'Rasmussen', 'Szabo', 'Thackeray',
  'Umarov', 'Vasquez', 'Whitlock', 'Xiong', 'Yardley', 'Zielinski', 'Achterberg', 'Bellamy', 'Cardenas', 'Donnelly',
  'Espinoza', 'Fitzgerald', 'Grimaldi', 'Haverford', 'Ingram', 'Jovanovic', 'Kettering', 'Larkspur', 'Moreau', 'Novak',
];

export const TOWNS = [
  'Ashbury', 'Brackenford', 'Caldermouth', 'Dunmore', 'Elsworth', 'Fenwick', 'Glenhollow', 'Harrowgate', 'Ivybridge', 'Kelso',
  'Larchmont', 'Marlow', 'Northwick', 'Oakhurst', 'Pendle', 'Ravensby', 'Saltcombe', 'Thornbury', 'Upton', 'Wexcombe',
];

export const UNIVERSITIES = ['Northfield University', 'Eastbrook University', 'Westmere University', 'Southgate University', 'Kingsmoor University'];

export const NEWSPAPERS = ['Courier', 'Gazette', 'Chronicle', 'Herald', 'Observer', 'Examiner'];

export const SHOPS = ['bakery', 'hardware shop', 'bookshop', 'cafe', 'butcher’s shop', 'florist', 'bicycle repair shop'];

export const STREETS = ['Mill Street', 'Church Lane', 'Bridge Road', 'Market Square', 'Station Road', 'Quay Street'];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
