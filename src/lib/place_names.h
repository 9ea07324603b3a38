/*
 * place_names.h - the names of countries, regions, time zones and the
 * cities time zones are named after, in Chinese and in English, as ICU's
 * CLDR data gives them (爱沙尼亚 / Estonia, 西亚 / Western Asia, Eastern
 * Daylight Time, 纽约 / New York), and those of the days and months
 * (星期二 / Tuesday, 六月 / June). Term extraction
 * asks it whether a side of a pair is such a name: a named entity, which
 * a terminologist wants after the terms. Internal to libshuyu.
 *
 * Ownership: place_names_open makes the table, place_names_free frees it;
 * the strings asked about stay the caller's.
 */
#ifndef SHUYU_PLACE_NAMES_H
#define SHUYU_PLACE_NAMES_H

#include <stddef.h>

typedef struct place_names place_names;

/* The country and region names; time-zone names are read the first time
 * a phrase that ends as one does (Time, 时间) is asked about, and the
 * cities the first time a name no other table holds is. 0 = ok. */
int place_names_open(place_names **out);

/* Is s[0..len) a country, region, time-zone, city, day or month name in
 * Chinese or English, as written (case counts: "Chad", not "chad")? 1
 * yes, 0 no, -1 out of memory. */
int place_names_has(place_names *names, const char *s, size_t len);

void place_names_free(place_names *names);

#endif
