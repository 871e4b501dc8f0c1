/** The cheap text check the client runs before starting the server, and the server before parsing. */
export { mightBeTaskDefinition } from '../service/model/sniff';
