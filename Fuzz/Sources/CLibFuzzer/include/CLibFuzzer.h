#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, linked from the toolchain's runtime by -sanitize=fuzzer. SwiftPM names an
/// executable's entry point itself, so the fuzzer's own main never runs; ours calls this.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
