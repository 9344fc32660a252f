#ifndef CHITIEU_RENAME_EXCHANGE_H
#define CHITIEU_RENAME_EXCHANGE_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE). Returns 0 on success,
/// -1 with errno set otherwise, including where the system or file system cannot do it.
int chitieu_rename_exchange(const char *from, const char *to);

#endif
