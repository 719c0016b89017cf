#ifndef CLIBEDIT_H
#define CLIBEDIT_H

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <histedit.h>

/* Swift imports no C variadic function: one non-variadic wrapper per el_set/el_get/history
 * form that Confident uses. They hold no state. */

typedef char *(*cle_prompt_fn)(EditLine *);
typedef unsigned char (*cle_command_fn)(EditLine *, int);

/* Bytes between two `ignore` characters are printed but not counted in the prompt width. */
static inline int cle_set_prompt(EditLine *el, cle_prompt_fn fn, char ignore) {
    return el_set(el, EL_PROMPT_ESC, fn, ignore);
}
static inline int cle_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int cle_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int cle_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int cle_add_function(EditLine *el, const char *name, const char *help,
                                   cle_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int cle_bind(EditLine *el, const char *key, const char *fn) {
    return el_set(el, EL_BIND, key, fn, (const char *)NULL);
}
static inline int cle_setty(EditLine *el, const char *set, const char *mode) {
    return el_set(el, EL_SETTY, set, mode, (const char *)NULL);
}
static inline int cle_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *cle_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static inline int cle_history_setsize(History *h, int n) {
    HistEvent ev; return history(h, &ev, H_SETSIZE, n);
}
static inline int cle_history_setunique(History *h, int on) {
    HistEvent ev; return history(h, &ev, H_SETUNIQUE, on);
}
static inline int cle_history_enter(History *h, const char *line) {
    HistEvent ev; return history(h, &ev, H_ENTER, line);
}
static inline int cle_history_load(History *h, const char *path) {
    HistEvent ev; return history(h, &ev, H_LOAD, path);
}
static inline int cle_history_save(History *h, const char *path) {
    HistEvent ev; return history(h, &ev, H_SAVE, path);
}
/* Saves through a stream we opened ourselves (O_EXCL, O_NOFOLLOW): H_SAVE's fopen follows
 * symlinks planted at the temporary name. */
static inline int cle_history_save_fp(History *h, FILE *file) {
    HistEvent ev; return history(h, &ev, H_SAVE_FP, file);
}

/* A reader of characters in place of libedit's own (EL_GETCFN), or NULL for libedit's own. */
typedef int (*cle_getc_fn)(EditLine *, wchar_t *);
static inline int cle_set_getcfn(EditLine *el, cle_getc_fn fn) {
    return fn ? el_set(el, EL_GETCFN, fn) : el_set(el, EL_GETCFN, EL_BUILTIN_GETCFN);
}
/* Redraws the prompt and the line being edited, in place. */
static inline int cle_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}
/* Reads one character (multibyte in the current locale) from fd into *out, as libedit's own
 * reader does: 1 when read, 0 at the end of input, -1 on an error before the first byte (errno
 * set, EINTR included). Bytes that are not a character are discarded, as libedit does (an
 * invalid sequence's last byte may start the next character). */
static inline int cle_read_char(int fd, wchar_t *out) {
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    for (;;) {
        ssize_t got = read(fd, bytes + count, 1);
        if (got < 0 && errno == EINTR && count > 0) continue;
        if (got < 0) return -1;
        if (got == 0) { *out = L'\0'; return 0; }
        count++;
        for (;;) {
            mbstate_t state;
            memset(&state, 0, sizeof state);
            size_t used = mbrtowc(out, bytes, count, &state);
            if (used == (size_t)-1 && count > 1) { bytes[0] = bytes[count - 1]; count = 1; continue; }
            if (used == (size_t)-1) { count = 0; break; }
            if (used == (size_t)-2) { if (count >= sizeof bytes) count = 0; break; }
            return 1;
        }
    }
}

/* Glibc's stdin/stdout/stderr are mutable globals that Swift 6 refuses to read. */
static inline FILE *cle_stdin(void)  { return stdin; }
static inline FILE *cle_stdout(void) { return stdout; }
static inline FILE *cle_stderr(void) { return stderr; }

#endif
