/* version.h - the version of libshuyu and the shuyu command. */
#ifndef SHUYU_VERSION_H
#define SHUYU_VERSION_H

#define SY_VERSION "0.1.0"

#endif
