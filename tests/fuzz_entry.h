/* A fuzz target's two entry points: libFuzzer's names, unless the replay
   (tests/unit/test_fuzz_regress.c), which builds every target into one
   program, gave names of its own.  Included once by each target, and so
   not guarded. */
#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#define FUZZ_INIT LLVMFuzzerInitialize
#endif

int FUZZ_INIT(int *argc, char ***argv);
int FUZZ_ENTRY(const uint8_t *data, size_t size);
