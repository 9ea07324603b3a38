/*
 * fuzz_csv.c - libFuzzer target: any bytes as a .csv file through
 * sy_termbase_import (see import_target.c). Built by 'make fuzz'.
 */
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int fuzz_import(const uint8_t *data, size_t size, const char *extension);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_import(data, size, ".csv");
}
