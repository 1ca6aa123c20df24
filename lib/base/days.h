/* Civil dates as days since 1970-01-01 (proleptic Gregorian calendar),
   so that date arithmetic is integer arithmetic.  libc only. */
#ifndef MC_DAYS_H
#define MC_DAYS_H

long days_from_civil(int y, int m, int d);
void civil_from_days(long z, int *y, int *m, int *d);

#endif
