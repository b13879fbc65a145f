/* ICU is reached only through CICU; this module carries its build flags and libraries. */
