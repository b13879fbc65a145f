import KoEnCLI

// The `koen` command. Everything lives in KoEnCLI, so the tests can reach it too.
KoEnMain.run()
