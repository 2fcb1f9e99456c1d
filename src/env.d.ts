/** Build identifier stamped in at build time (shown on "Wie wird bewertet?", checked by e2e). */
declare const __BUILD_ID__: string;
