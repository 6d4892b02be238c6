/* Polku: small enhancements; every page works without JavaScript. */
