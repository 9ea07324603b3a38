/*
 * place_names.c - country, region and time-zone names from ICU (CLDR).
 * See place_names.h.
 *
 * Countries: uloc_getISOCountries, each code's display name in zh and en.
 * Regions: the UN M49 continents and subcontinents (uregion), not the
 * groupings (European Union, United Nations: organizations, which are
 * terms) nor "world"; and the regions UN documents name that M49 does not
 * (regions_named). Days and months: udat_getSymbols, the full names.
 * Time zones: for each canonical zone, its standard
 * and daylight names (Eastern Standard Time, 北美东部夏令时间). Reading
 * the 430 zones in two languages takes some 10 ms, so it is done only
 * when a phrase could be one.
 */
#include <stdlib.h>
#include <string.h>

#include <unicode/ucal.h>
#include <unicode/udat.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/uregion.h>
#include <unicode/ustring.h>

#include "align_text.h"
#include "place_names.h"

struct place_names {
	align_vocab names;
	int zones_read;
	int cities_read;
};

static const char *const name_locales[] = {"zh", "en"};

/*
 * Regions the Security Council and the General Assembly name that are no
 * M49 area, so that CLDR has no name for them: the Middle East is "Western
 * Asia" there, the Sahel a part of "Western Africa". Their English and the
 * Chinese UN documents write, a closed list like the stop words.
 */
static const char *const regions_named[] = {
	"Middle East", "中东", "Near East", "近东", "Far East", "远东", "Sahel", "萨赫勒",
	"Horn of Africa", "非洲之角", "Great Lakes region", "大湖区域", "大湖区",
	"Balkans", "巴尔干", "Western Balkans", "西巴尔干", "Caucasus", "高加索",
	"South Caucasus", "南高加索", "Maghreb", "马格里布", "Arctic", "北极",
	"Mediterranean", "地中海", "Persian Gulf", "波斯湾", "Gulf region", "海湾区域",
};

static int add_utf16(place_names *pn, const UChar *u, int32_t n)
{
	char buf[256];
	int32_t len = 0;
	uint32_t id;
	UErrorCode e = U_ZERO_ERROR;

	u_strToUTF8(buf, sizeof buf, &len, u, n, &e);
	if (U_FAILURE(e) || len <= 0 || (size_t)len >= sizeof buf)
		return 0; /* no name, or too long to be one: nothing to add */
	return align_vocab_add(&pn->names, buf, (size_t)len, &id);
}

/* The display name of a region code ("EE", "145") in each language. */
static int add_region(place_names *pn, const char *code)
{
	char locale[16] = "und_";
	UChar u[128];
	size_t i;

	if (strlen(code) + 5 > sizeof locale)
		return 0;
	strcat(locale, code);
	for (i = 0; i < sizeof name_locales / sizeof name_locales[0]; i++) {
		UErrorCode e = U_ZERO_ERROR;
		int32_t n = uloc_getDisplayCountry(locale, name_locales[i], u, 128, &e);
		/* ICU gives back the code itself when it has no name. */
		if (U_SUCCESS(e) && n > 0 && !(n == (int32_t)strlen(code) && u[0] == (UChar)code[0]) &&
		    add_utf16(pn, u, n))
			return -1;
	}
	return 0;
}

static int add_regions_of(place_names *pn, URegionType type)
{
	UErrorCode e = U_ZERO_ERROR;
	UEnumeration *all = uregion_getAvailable(type, &e);
	const char *code;
	int rc = 0;

	if (U_FAILURE(e))
		return 0; /* no data: no names */
	while (!rc && (code = uenum_next(all, NULL, &e)) != NULL && U_SUCCESS(e))
		rc = add_region(pn, code);
	uenum_close(all);
	return rc;
}

/*
 * For each canonical location zone, its names in each language: its
 * standard and daylight names (Eastern Standard Time, 北美东部夏令时间), or,
 * with cities, the city CLDR names it after, its exemplar city
 * (America/New_York: 纽约, New York; Europe/Vienna: 维也纳, Vienna), the
 * "VVV" of a date pattern. Each set is read once, the first time it is
 * asked for (place_names_has).
 */
static int read_zones(place_names *pn, int cities)
{
	static const UCalendarDisplayNameType types[] = {UCAL_STANDARD, UCAL_DST};
	static const UChar pattern[] = {'V', 'V', 'V', 0};
	UErrorCode e = U_ZERO_ERROR;
	UEnumeration *zones = ucal_openTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, NULL, NULL, &e);
	UCalendar *cal = U_SUCCESS(e) ? ucal_open(NULL, 0, "en", UCAL_GREGORIAN, &e) : NULL;
	UDateFormat *fmt[2] = {NULL, NULL};
	const UChar *id;
	int32_t id_len;
	size_t t, l;
	int rc = 0;

	*(cities ? &pn->cities_read : &pn->zones_read) = 1;
	for (l = 0; cities && l < 2 && U_SUCCESS(e); l++)
		fmt[l] = udat_open(UDAT_PATTERN, UDAT_PATTERN, name_locales[l], NULL, 0, pattern, -1, &e);
	while (U_SUCCESS(e) && !rc && (id = uenum_unext(zones, &id_len, &e)) != NULL) {
		UErrorCode ez = U_ZERO_ERROR;
		ucal_setTimeZone(cal, id, id_len, &ez);
		for (t = 0; t < (cities ? 1u : 2u) && !rc && U_SUCCESS(ez); t++)
			for (l = 0; l < 2 && !rc; l++) {
				UChar u[128];
				UErrorCode en = U_ZERO_ERROR;
				int32_t n = cities ? udat_formatCalendar(fmt[l], cal, u, 128, NULL, &en)
						   : ucal_getTimeZoneDisplayName(cal, types[t], name_locales[l], u, 128, &en);
				/* "GMT+03:00" is an offset, not a name. */
				if (U_SUCCESS(en) && n > (cities ? 0 : 3) &&
				    !(!cities && u[0] == 'G' && u[1] == 'M' && u[2] == 'T') && add_utf16(pn, u, n))
					rc = -1;
			}
	}
	for (l = 0; l < 2; l++)
		if (fmt[l])
			udat_close(fmt[l]);
	if (cal)
		ucal_close(cal);
	if (zones)
		uenum_close(zones);
	return rc;
}


/* The names of the days of the week and of the months in each language
 * (Tuesday, 星期二; June, 六月): a date's words, no term. */
static int add_date_names(place_names *pn)
{
	static const UDateFormatSymbolType kinds[] = {UDAT_WEEKDAYS, UDAT_MONTHS};
	size_t l, k;

	for (l = 0; l < 2; l++) {
		UErrorCode e = U_ZERO_ERROR;
		UDateFormat *fmt = udat_open(UDAT_NONE, UDAT_FULL, name_locales[l], NULL, 0, NULL, 0, &e);
		for (k = 0; k < 2 && U_SUCCESS(e); k++) {
			int32_t i, count = udat_countSymbols(fmt, kinds[k]);
			for (i = 0; i < count; i++) {
				UChar u[64];
				UErrorCode es = U_ZERO_ERROR;
				int32_t n = udat_getSymbols(fmt, kinds[k], i, u, 64, &es);
				if (U_SUCCESS(es) && n > 0 && add_utf16(pn, u, n)) {
					udat_close(fmt);
					return -1;
				}
			}
		}
		if (fmt)
			udat_close(fmt);
	}
	return 0;
}

int place_names_open(place_names **out)
{
	place_names *pn = calloc(1, sizeof(*pn));
	const char *const *country;
	size_t i;
	uint32_t id;

	*out = NULL;
	if (!pn)
		return -1;
	for (country = uloc_getISOCountries(); *country; country++)
		if (add_region(pn, *country))
			goto nomem;
	if (add_regions_of(pn, URGN_CONTINENT) || add_regions_of(pn, URGN_SUBCONTINENT))
		goto nomem;
	for (i = 0; i < sizeof regions_named / sizeof regions_named[0]; i++)
		if (align_vocab_add(&pn->names, regions_named[i], strlen(regions_named[i]), &id))
			goto nomem;
	if (add_date_names(pn))
		goto nomem;
	*out = pn;
	return 0;
nomem:
	place_names_free(pn);
	return -1;
}

static int ends_with(const char *s, size_t len, const char *end)
{
	size_t n = strlen(end);

	return len >= n && !memcmp(s + len - n, end, n);
}

int place_names_has(place_names *pn, const char *s, size_t len)
{
	if (!pn->zones_read && (ends_with(s, len, " Time") || ends_with(s, len, "时间")) && read_zones(pn, 0))
		return -1;
	if (align_vocab_find(&pn->names, s, len) >= 0)
		return 1;
	if (pn->cities_read)
		return 0;
	if (read_zones(pn, 1))
		return -1;
	return align_vocab_find(&pn->names, s, len) >= 0;
}

void place_names_free(place_names *pn)
{
	if (!pn)
		return;
	align_vocab_free(&pn->names);
	free(pn);
}
