/** A component id: kebab-case, lower-case letters and digits. */
export const COMPONENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
