/* Flags and libraries of the system ICU only (pkg-config icu-uc icu-i18n). */
