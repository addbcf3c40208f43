/* passend-fuzz.h
 *
 * Copyright (C) 2026 The Passend authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* The libFuzzer entry point every target defines. The same file links
 * against libFuzzer (meson -Dfuzzing=true, clang) or against
 * passend-fuzz-driver.c, which replays the corpus and deterministic
 * mutations of it as an ordinary test. */
int  LLVMFuzzerTestOneInput (const uint8_t *data,
                             size_t         size);

/* A NUL-terminated copy of the input, for parsers of C strings: an
 * embedded NUL ends the text, as it would for text from a file. */
char *passend_fuzz_strndup  (const uint8_t *data,
                             size_t         size);

G_END_DECLS
