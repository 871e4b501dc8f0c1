/** The settings section the client forwards and the server reads (`ecsTaskdef.enable`, `.rules`, `.files`). */
export const SETTINGS_SECTION = 'ecsTaskdef';
