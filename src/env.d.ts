/** Build identifier stamped in at build time (shown on "Wie wird bewertet?", checked by e2e). */
declare const __BUILD_ID__: string;
/** Path of the English text catalog in the production build; empty where texts stay inline. */
declare const __EN_CATALOG__: string;
