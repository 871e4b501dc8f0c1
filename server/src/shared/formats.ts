/** Which files the client serves and the extension activates for: read from the format table's data (no imports). */
export { ACTIVATION_EVENTS, CANDIDATE_FILE, CANDIDATE_GLOB, LANGUAGE_IDS } from '../service/formats/names';
